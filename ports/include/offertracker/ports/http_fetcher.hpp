// Outbound HTTP(S): what the Pipeline API's job-posting importer (GET a page) and the Recruiting API's webhooks
// (POST a body with headers) use. An implementation refuses what the guard refuses (adapters/net: http and https
// only; every resolved address checked against the address policy; at most max_redirects redirects, each checked
// the same way; a byte limit and an overall deadline; certificate verification on). Every expected failure is a
// fetch_error value; nothing here throws for anything a remote server or a URL can do.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace offertracker::ports {

enum class http_method { get, post };

using http_headers = std::vector<std::pair<std::string, std::string>>;

struct fetch_request {
    http_method method = http_method::get;
    std::string url;         // absolute http:// or https:// URL; a fragment is dropped, userinfo is refused
    http_headers headers;    // sent as given (Host, Content-Length and Connection are the fetcher's)
    std::string body;        // sent with POST
};

struct fetch_options {
    std::size_t max_bytes = 2 * 1024 * 1024;           // the response body (each hop's)
    std::chrono::milliseconds timeout{10'000};          // the whole fetch, all redirects included
    int max_redirects = 3;
};

struct fetch_response {
    std::string final_url;   // the URL that answered, after redirects
    int status = 0;
    http_headers headers;    // as received, in order
    std::string body;
};

enum class fetch_error_kind {
    invalid_url,          // not an absolute URL, userinfo, a bad host or port
    invalid_request,      // a header name that is not an HTTP token, a header value with CR, LF or NUL
    unsupported_scheme,   // anything but http and https
    refused_address,      // the host (or a redirect's host) resolves to an address the guard refuses
    resolve_failed,       // the name does not resolve
    connect_failed,       // no checked address accepted a connection
    timeout,              // the overall deadline passed
    too_large,            // the body exceeds max_bytes (or the header is unreasonably large)
    too_many_redirects,   // more than max_redirects redirects
    tls_failed,           // TLS handshake or certificate verification failed
    bad_response,         // the peer closed early or sent something that is not HTTP
};

constexpr std::string_view to_string(fetch_error_kind kind) noexcept {
    switch (kind) {
        case fetch_error_kind::invalid_url: return "invalid_url";
        case fetch_error_kind::invalid_request: return "invalid_request";
        case fetch_error_kind::unsupported_scheme: return "unsupported_scheme";
        case fetch_error_kind::refused_address: return "refused_address";
        case fetch_error_kind::resolve_failed: return "resolve_failed";
        case fetch_error_kind::connect_failed: return "connect_failed";
        case fetch_error_kind::timeout: return "timeout";
        case fetch_error_kind::too_large: return "too_large";
        case fetch_error_kind::too_many_redirects: return "too_many_redirects";
        case fetch_error_kind::tls_failed: return "tls_failed";
        case fetch_error_kind::bad_response: return "bad_response";
    }
    return "bad_response";
}

struct fetch_error {
    fetch_error_kind kind;
    std::string address;   // refused_address: the refused address as text; otherwise empty
    std::string message;   // one English sentence for logs; never holds a response body
};

using fetch_result = std::variant<fetch_response, fetch_error>;

class http_fetcher {
public:
    virtual ~http_fetcher() = default;
    // Blocking; call off I/O threads. Safe to call from several threads at once.
    virtual fetch_result fetch(const fetch_request& request, const fetch_options& options = {}) = 0;
};

}  // namespace offertracker::ports
