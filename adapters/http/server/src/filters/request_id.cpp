// The request id filter: the client's X-Request-ID when it is safe to echo and log, otherwise a random one.
#include <offertracker/http/filters.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

namespace offertracker::adapters::http::filters {
namespace {

constexpr std::size_t max_request_id_length = 64;

bool valid_request_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > max_request_id_length) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
               c == '_' || c == '-';
    });
}

std::string generate_request_id() {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    std::array<char, 33> text{};
    std::snprintf(text.data(), text.size(), "%016llx%016llx", static_cast<unsigned long long>(rng()),
                  static_cast<unsigned long long>(rng()));
    return std::string{text.data(), 32};
}

}  // namespace

filter request_id() {
    return [](request& req, const next_step& next) {
        // Kept when already set: a server-answered error after a handler threw reuses the request's id.
        if (!valid_request_id(req.request_id)) {
            const auto sent = req.header("X-Request-ID");
            req.request_id = sent && valid_request_id(*sent) ? std::string{*sent} : generate_request_id();
        }
        auto res = next(req);
        res.set_header("X-Request-ID", req.request_id);
        return res;
    };
}

}  // namespace offertracker::adapters::http::filters
