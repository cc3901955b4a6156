// The transport-neutral HTTP request and response that handlers see; no Boost type leaks through them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offertracker::adapters::http {

using header_list = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive ASCII comparison, as HTTP field names require.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b) noexcept;

// One parsed request. Built by the server (or by a test) and read-only for handlers.
struct request {
    std::string method;          // as sent, e.g. "GET" (methods are case-sensitive)
    std::string target;          // request-target as sent: path plus "?query"
    std::string path;            // target up to '?', NOT percent-decoded (the router decodes each segment)
    std::string query;           // after '?', without it; raw (see form.hpp parse_query)
    header_list headers;         // in arrival order; names keep their spelling
    std::string body;
    std::string remote_address;  // peer IP address, e.g. "127.0.0.1"
    std::string request_id;      // validated client X-Request-ID or a generated one

    // First header with that name (case-insensitive), or nullopt. The view points into `headers`.
    [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
    // Sets target, and path and query from it. An absolute-form target ("http://host/p?q", allowed by RFC 9112)
    // is routed like its origin form "/p?q", so both forms meet the same routes and limits.
    void set_target(std::string t);
};

// One response. The server adds Content-Length, Date-free framing, Server, X-Request-ID, security and CORS headers.
struct response {
    unsigned status = 200;
    header_list headers;
    std::string body;

    // First header with that name (case-insensitive), or nullopt.
    [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
    // Replaces every header of that name (case-insensitive) by one with `value`.
    response& set_header(std::string_view name, std::string_view value);
    // Appends a header even when one of that name exists (e.g. several Set-Cookie).
    response& add_header(std::string_view name, std::string_view value);
    // Removes every header of that name (case-insensitive).
    response& remove_header(std::string_view name);

    // `body` must already be JSON text; sets Content-Type: application/json.
    [[nodiscard]] static response json(unsigned status, std::string body);
    // Sets Content-Type: text/plain; charset=utf-8.
    [[nodiscard]] static response text(unsigned status, std::string body);
    // Sets Content-Type: text/html; charset=utf-8.
    [[nodiscard]] static response html(unsigned status, std::string body);
    // An empty body with a Location header (e.g. 302, 303).
    [[nodiscard]] static response redirect(unsigned status, std::string_view location);
};

// The standard reason phrase ("Not Found") or "Unknown" for an unregistered code.
[[nodiscard]] std::string_view reason_phrase(unsigned status) noexcept;

}  // namespace offertracker::adapters::http
