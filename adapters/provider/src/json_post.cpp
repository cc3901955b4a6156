// The POST itself and the sentences its failures become.
#include "json_post.hpp"

#include <utility>

namespace offertracker::adapters::provider::detail {

namespace {

post_failure unreachable(const ports::fetch_error& e, const json_post& request, std::string_view who) {
    using kind = ports::fetch_error_kind;
    const std::string subject(who);
    switch (e.kind) {
        case kind::timeout:
            return {subject + " did not answer within " + std::to_string(request.timeout.count()) + " ms."};
        case kind::too_large:
            return {subject + "'s answer exceeds " + std::to_string(request.max_response_bytes) + " bytes."};
        case kind::too_many_redirects:
            return {subject + " answered with a redirect, which is not followed."};
        case kind::refused_address:
            return {subject + "'s address " + e.address + " is refused by the outbound address policy."};
        case kind::invalid_url:
        case kind::invalid_request:
        case kind::unsupported_scheme:
        case kind::resolve_failed:
        case kind::connect_failed:
        case kind::tls_failed:
        case kind::bad_response:
            break;
    }
    // The fetcher's messages name the failure, never a header (the key) or a body.
    return {subject + " could not be reached (" + std::string(to_string(e.kind)) + "): " + e.message};
}

}  // namespace

std::string endpoint(std::string_view base_url, std::string_view path) {
    while (!base_url.empty() && base_url.back() == '/') base_url.remove_suffix(1);
    return std::string(base_url) + std::string(path);
}

std::variant<std::string, post_failure> post(ports::http_fetcher& fetcher, json_post request, std::string_view who) {
    ports::fetch_request out{.method = ports::http_method::post,
                             .url = std::string(request.url),
                             .headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}},
                             .body = std::move(request.body)};
    if (!request.api_key.empty()) out.headers.emplace_back("Authorization", "Bearer " + std::string(request.api_key));
    // No redirect is followed: the key goes to base_url and nowhere else, and an API that moved is a
    // configuration to fix, not something to chase.
    const ports::fetch_options options{
        .max_bytes = request.max_response_bytes, .timeout = request.timeout, .max_redirects = 0};

    auto fetched = fetcher.fetch(out, options);
    if (const auto* e = std::get_if<ports::fetch_error>(&fetched)) return unreachable(*e, request, who);
    auto& response = std::get<ports::fetch_response>(fetched);
    if (response.status < 200 || response.status > 299)
        return post_failure{std::string(who) + " answered HTTP " + std::to_string(response.status) + "."};
    return std::move(response.body);
}

}  // namespace offertracker::adapters::provider::detail
