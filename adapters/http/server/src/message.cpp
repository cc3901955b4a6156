// Header lookup, response builders and reason phrases for the transport-neutral messages.
#include <offertracker/http/message.hpp>

#include <algorithm>

namespace offertracker::adapters::http {

namespace {

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::optional<std::string_view> find_header(const header_list& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (iequals(key, name)) return std::string_view{value};
    }
    return std::nullopt;
}

std::string_view origin_form(std::string_view target) noexcept {
    for (const std::string_view scheme : {std::string_view{"http://"}, std::string_view{"https://"}}) {
        if (target.size() >= scheme.size() && iequals(target.substr(0, scheme.size()), scheme)) {
            const auto slash = target.find('/', scheme.size());
            return slash == std::string_view::npos ? std::string_view{"/"} : target.substr(slash);
        }
    }
    return target;
}

}  // namespace

void request::set_target(std::string t) {
    target = std::move(t);
    const std::string_view routed = origin_form(target);
    const auto question = routed.find('?');
    path = std::string{routed.substr(0, question)};
    query = question == std::string_view::npos ? std::string{} : std::string{routed.substr(question + 1)};
}

bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::optional<std::string_view> request::header(std::string_view name) const { return find_header(headers, name); }

std::optional<std::string_view> response::header(std::string_view name) const { return find_header(headers, name); }

response& response::set_header(std::string_view name, std::string_view value) {
    remove_header(name);
    headers.emplace_back(std::string{name}, std::string{value});
    return *this;
}

response& response::add_header(std::string_view name, std::string_view value) {
    headers.emplace_back(std::string{name}, std::string{value});
    return *this;
}

response& response::remove_header(std::string_view name) {
    std::erase_if(headers, [&](const auto& h) { return iequals(h.first, name); });
    return *this;
}

response response::json(unsigned status, std::string body) {
    response r{status, {}, std::move(body)};
    r.set_header("Content-Type", "application/json");
    return r;
}

response response::text(unsigned status, std::string body) {
    response r{status, {}, std::move(body)};
    r.set_header("Content-Type", "text/plain; charset=utf-8");
    return r;
}

response response::html(unsigned status, std::string body) {
    response r{status, {}, std::move(body)};
    r.set_header("Content-Type", "text/html; charset=utf-8");
    return r;
}

response response::redirect(unsigned status, std::string_view location) {
    response r{status, {}, {}};
    r.set_header("Location", location);
    return r;
}

std::string_view reason_phrase(unsigned status) noexcept {
    switch (status) {
        case 100: return "Continue";
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 304: return "Not Modified";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 413: return "Payload Too Large";
        case 415: return "Unsupported Media Type";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 431: return "Request Header Fields Too Large";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "Unknown";
    }
}

}  // namespace offertracker::adapters::http
