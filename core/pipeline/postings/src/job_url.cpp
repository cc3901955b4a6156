// job_url_key: a small RFC 3986 split (scheme, authority, path, query, fragment) and the normalisations the key
// promises. Percent-encoding is kept as written: two spellings of one byte are rare in job links and decoding
// would change what the server sees.
#include <offertracker/pipeline/job_url.hpp>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <offertracker/text/utf8.hpp>

namespace offertracker::pipeline {
namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && lowered(s.substr(0, prefix.size())) == prefix;
}

bool is_tracking(std::string_view name) {
    static constexpr std::array<std::string_view, 11> names{"gclid",    "fbclid", "mc_cid",      "mc_eid",
                                                            "ref",      "source", "trk",         "trackingid",
                                                            "gh_src",   "lever-source", "lever-origin"};
    const std::string low = lowered(name);
    return low.starts_with("utm_") || std::find(names.begin(), names.end(), low) != names.end();
}

// The host[:port] part lower-cased with the scheme's default port dropped; nullopt when it is unusable.
std::optional<std::string> normal_authority(std::string_view authority, std::string_view default_port) {
    if (authority.find('@') != std::string_view::npos) return std::nullopt;  // credentials never become a key
    std::string_view host = authority;
    std::string_view port;
    const auto colon = authority.rfind(':');
    const auto bracket = authority.rfind(']');
    if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    const bool literal = !host.empty() && host.front() == '[';  // an IPv6 address, the only host with colons
    if (host.empty() || literal != (host.back() == ']') || (!literal && host.find(':') != std::string_view::npos))
        return std::nullopt;
    if (!std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }) || port.size() > 5)
        return std::nullopt;
    while (port.size() > 1 && port.front() == '0') port.remove_prefix(1);
    std::string out = lowered(host);
    if (!port.empty() && port != default_port) out.append(":").append(port);
    return out;
}

std::string normal_query(std::string_view query) {
    std::vector<std::pair<std::string_view, std::string_view>> kept;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view param = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (param.empty()) continue;
        const auto eq = param.find('=');
        const std::string_view name = param.substr(0, eq);
        if (is_tracking(name)) continue;
        kept.emplace_back(name, eq == std::string_view::npos ? std::string_view{} : param.substr(eq));
    }
    std::sort(kept.begin(), kept.end());
    std::string out;
    for (const auto& [name, rest] : kept) out.append(out.empty() ? "?" : "&").append(name).append(rest);
    return out;
}

}  // namespace

std::optional<std::string> job_url_key(std::string_view url) {
    if (!text::is_valid_utf8(url)) return std::nullopt;
    for (const char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return std::nullopt;
    std::string_view scheme;
    if (starts_with_nocase(url, "https://")) scheme = "https";
    else if (starts_with_nocase(url, "http://")) scheme = "http";
    else return std::nullopt;
    std::string_view rest = url.substr(scheme.size() + 3);
    rest = rest.substr(0, rest.find('#'));
    const auto authority_end = rest.find_first_of("/?");
    const auto authority = normal_authority(rest.substr(0, authority_end), scheme == "https" ? "443" : "80");
    if (!authority) return std::nullopt;
    rest = authority_end == std::string_view::npos ? std::string_view{} : rest.substr(authority_end);
    const auto question = rest.find('?');
    std::string_view path = rest.substr(0, question);
    const std::string_view query = question == std::string_view::npos ? std::string_view{} : rest.substr(question + 1);
    while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    std::string key = std::string(scheme) + "://" + *authority;
    key.append(path.empty() ? "/" : path);
    key.append(normal_query(query));
    return key;
}

}  // namespace offertracker::pipeline
