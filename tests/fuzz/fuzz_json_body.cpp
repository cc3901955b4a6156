// libFuzzer target: JSON command decoding (body_reader) and the use cases behind it. The first byte picks a route
// that takes a JSON body; the rest is the body, sent with the seeded user's token.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "harness/fuzz_app.hpp"

namespace {

struct json_route {
    std::string_view method;
    std::string_view path;  // "{app}" and "{stage}" stand for the seeded ids
};

// Every JSON-taking route of the surface at the time of writing, plus ones later issues add (a 404 until then).
constexpr std::array<json_route, 18> routes{{
    {"POST", "/api/v1/auth/register"},
    {"POST", "/api/v1/auth/login"},
    {"PUT", "/api/v1/users/me"},
    {"POST", "/api/v1/resumes/"},
    {"POST", "/api/v1/applications/"},
    {"PUT", "/api/v1/applications/{app}"},
    {"POST", "/api/v1/applications/{app}/stages"},
    {"PUT", "/api/v1/applications/{app}/stages/{stage}"},
    {"POST", "/api/v1/applications/{app}/outcome"},
    {"POST", "/api/v1/applications/{app}/reflection"},
    {"POST", "/api/v1/contacts/"},
    {"POST", "/api/v1/documents/"},
    {"POST", "/api/v1/reminders/"},
    {"POST", "/api/v1/tags/"},
    {"POST", "/api/v1/saved-jobs/"},
    {"POST", "/api/v1/applications/{app}/tags"},
    {"POST", "/api/v1/applications/{app}/contacts"},
    {"PUT", "/api/v1/applications/{app}/outcome/{stage}"},
}};

std::string expand(std::string_view pattern, const offertracker::fuzz::fuzz_app& app) {
    std::string out{pattern};
    for (const auto& [name, value] : {std::pair<std::string_view, const std::string*>{"{app}", &app.application_id()},
                                      {"{stage}", &app.stage_id()}}) {
        if (const auto at = out.find(name); at != std::string::npos) out.replace(at, name.size(), *value);
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static offertracker::fuzz::fuzz_app app;
    if (size == 0) return 0;
    app.reset();
    const auto& route = routes[data[0] % routes.size()];
    offertracker::adapters::http::request req;
    req.method = std::string{route.method};
    req.path = expand(route.path, app);
    req.target = req.path;
    req.headers = {{"Host", "fuzz.test"},
                   {"Content-Type", "application/json"},
                   {"Authorization", "Bearer " + app.token()}};
    req.body.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    req.remote_address = "127.0.0.1";
    req.request_id = "fuzz";
    offertracker::fuzz::check_response(req, app.handle(req));
    return 0;
}
