// The acting member's checks and the command rules the Recruiting use cases share.
#include "support.hpp"

#include <algorithm>
#include <cctype>
#include <offertracker/skills/vocabulary.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>
#include <set>

namespace offertracker::recruiting::detail {

domain::result<member> acting(ports::recruiting_unit_of_work& uow, const recruiter& who, need n, bool lock) {
    auto m = uow.members().find(who.member_id);
    if (!m || !m->active) return domain::error::unauthenticated(std::string(bad_credentials));
    // Locked before the role is trusted: a concurrent change of this member's role commits first, then is seen.
    if (lock) {
        if (!uow.lock_org(m->org_id)) return domain::error::unauthenticated(std::string(bad_credentials));
        m = uow.members().find(who.member_id);
        if (!m || !m->active) return domain::error::unauthenticated(std::string(bad_credentials));
    }
    const bool allowed = n == need::read || (n == need::write && m->role != member_role::viewer) ||
                         (n == need::admin && m->role == member_role::org_admin);
    if (!allowed) return domain::error::forbidden(std::string(no_permission));
    return std::move(*m);
}

std::string_view trim(std::string_view s) { return text::trim_ascii_space(s); }

bool is_blank(std::string_view s) { return text::is_blank(s); }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string first_code_points(std::string_view s, std::size_t max) {
    std::size_t i = 0;
    for (std::size_t n = 0; i < s.size() && n < max; ++n) {
        const auto d = text::decode_at(s, i);
        i += d ? d->length : 1;
    }
    return std::string(s.substr(0, i));
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

std::string first_line(std::string_view text, std::size_t max) {
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = trim(text.substr(0, end));
        if (!line.empty()) return std::string(trim(first_code_points(line, max)));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return {};
}

bool is_http_url(std::string_view url) {
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7F) return false;
    std::string_view rest;
    const auto lower = lower_ascii(url.substr(0, std::min<std::size_t>(url.size(), 8)));
    if (lower.starts_with("https://"))
        rest = url.substr(8);
    else if (lower.starts_with("http://"))
        rest = url.substr(7);
    else
        return false;
    auto authority = rest.substr(0, rest.find_first_of("/?#"));
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
    // The host is what precedes an optional :port (an IPv6 literal keeps its colons inside brackets).
    std::string_view host = authority;
    if (host.starts_with('[')) {
        const auto close = host.find(']');
        if (close == std::string_view::npos || close == 1) return false;
        host = host.substr(0, close + 1);
    } else {
        host = host.substr(0, host.find(':'));
    }
    if (host.empty()) return false;
    const auto port = authority.substr(host.size());
    if (!port.empty()) {
        if (port.front() != ':') return false;
        for (char c : port.substr(1))
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

void required_text(domain::validator& v, std::string_view field, std::string_view value, std::size_t max) {
    if (!text::is_storable_text(value)) {
        v.text(field, value);
        return;
    }
    if (is_blank(value)) {
        v.add({.path = {std::string(field)}, .code = domain::field_code::too_short, .limit = 1});
        return;
    }
    v.length(field, value, 1, max);
}

void url(domain::validator& v, std::string_view field, const std::optional<std::string>& value) {
    if (!value) return;
    if (!text::is_storable_text(*value) || text::utf8_length(*value) > max_url_length) {
        v.max_length(field, value, max_url_length);
        return;
    }
    if (!is_http_url(*value)) v.add({.path = {std::string(field)}, .code = domain::field_code::not_a_url});
}

void url(domain::validator& v, std::string_view field, const domain::patch<std::string>& value) {
    if (value) url(v, field, *value);
}

void currency(domain::validator& v, std::string_view field, const std::optional<std::string>& value) {
    if (!value) return;
    const bool ok =
        value->size() == 3 && std::all_of(value->begin(), value->end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (ok) return;
    if (!text::is_storable_text(*value)) {
        v.text(field, *value);
        return;
    }
    v.add({.path = {std::string(field)}, .code = domain::field_code::not_matching, .expected = "^[A-Z]{3}$"});
}

void within(domain::validator& v, std::string_view field, const std::optional<long long>& value, long long min,
            long long max) {
    v.at_least(field, value, min);
    v.at_most(field, value, max);
}

void skills(domain::validator& v, std::string_view field, const std::vector<std::string>& values) {
    bool storable = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string index = std::to_string(i);
        if (auto e = domain::unstorable_text({std::string(field), index}, values[i])) {
            v.add(std::move(*e));
            storable = false;
        } else if (text::utf8_length(trim(values[i])) > max_skill_length) {
            v.add({.path = {std::string(field), index},
                   .code = domain::field_code::too_long,
                   .limit = static_cast<long long>(max_skill_length)});
        }
    }
    if (storable && clean_skills(values).size() > max_skills)
        v.add({.path = {std::string(field)},
               .code = domain::field_code::too_long,
               .limit = static_cast<long long>(max_skills)});
}

std::vector<std::string> clean_skills(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& raw : values) {
        const auto item = trim(raw);
        if (item.empty()) continue;
        const auto known = skills::canonical(item);
        // Known skills compare by their vocabulary name ("k8s" is "Kubernetes"), others by their ASCII-folded text.
        const std::string key = known ? "skill:" + std::string(*known) : "text:" + lower_ascii(item);
        if (seen.insert(key).second) out.emplace_back(item);
    }
    return out;
}

member shown(member m) {
    m.password_hash.clear();
    return m;
}

}  // namespace offertracker::recruiting::detail
