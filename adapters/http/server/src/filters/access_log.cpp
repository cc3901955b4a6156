// The access log filter: one line per response, with nothing a log reader should not see.
#include <offertracker/http/filters.hpp>

#include <chrono>

namespace offertracker::adapters::http::filters {

filter access_log(std::function<void(std::string_view line)> sink) {
    return [sink = std::move(sink)](request& req, const next_step& next) {
        const auto started = std::chrono::steady_clock::now();
        auto res = next(req);
        if (!sink) return res;
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        const std::string_view path = req.path;
        std::string line = "http method=" + (req.method.empty() ? std::string{"-"} : req.method);
        line += " path=";
        line += path.empty() ? std::string_view{"-"} : path.substr(0, path.find('?'));
        line += " status=" + std::to_string(res.status);
        // HEAD answers carry no body (the server drops it).
        line += " bytes=" + std::to_string(req.method == "HEAD" ? 0 : res.body.size());
        line += " ms=" + std::to_string(ms);
        line += " request_id=" + (req.request_id.empty() ? std::string{"-"} : req.request_id);
        line += " remote=" + (req.remote_address.empty() ? std::string{"-"} : req.remote_address);
        try {
            sink(line);
        } catch (...) {
            // Logging is best effort; a broken sink must not cost the client its response.
        }
        return res;
    };
}

}  // namespace offertracker::adapters::http::filters
