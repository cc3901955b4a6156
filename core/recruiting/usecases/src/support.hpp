// What every Recruiting use case shares: who is acting (loaded, checked, and the org locked for writes), the text
// and list rules of commands, and the trimmed-text helpers.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/recruiting/services.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::recruiting::detail {

inline constexpr std::string_view bad_credentials = "Could not validate credentials";
inline constexpr std::string_view no_permission = "Not enough permissions";

// What the acting member must be allowed to do.
enum class need {
    read,   // any active member
    write,  // org_admin or recruiter (a viewer gets 403)
    admin,  // org_admin only (members and webhooks)
};

// The acting member, loaded in this unit: 401 when gone or deactivated, 403 when the role does not allow `n`.
// With `lock` (write units) it also locks the member's org (ports::recruiting_unit_of_work::lock_org) before
// anything but the member is read, and reads the member again under the lock, so a use case's read-decide-write
// steps never interleave with another writer of the same org (a role changed meanwhile is seen).
domain::result<member> acting(ports::recruiting_unit_of_work& uow, const recruiter& who, need n, bool lock);

// Runs body(uow, member) in a read_only unit for an active member allowed `n`.
template <class Body>
auto in_read(services& s, const recruiter& who, need n, Body&& body)
    -> decltype(body(std::declval<ports::recruiting_unit_of_work&>(), std::declval<const member&>())) {
    auto uow = s.store.begin(ports::access::read_only);
    auto m = acting(*uow, who, n, false);
    if (!m) return std::move(m).error();
    return body(*uow, *m);
}

// Runs body(uow, member) in a write unit (rerun on conflicts) once the member is allowed `n` and the org is locked.
// The body commits.
template <class Body>
auto in_write(services& s, const recruiter& who, need n, Body&& body)
    -> decltype(body(std::declval<ports::recruiting_unit_of_work&>(), std::declval<const member&>())) {
    using result_type = decltype(body(std::declval<ports::recruiting_unit_of_work&>(), std::declval<const member&>()));
    return ports::in_write_unit(s.store, [&](ports::recruiting_unit_of_work& uow) -> result_type {
        auto m = acting(uow, who, n, true);
        if (!m) return std::move(m).error();
        return body(uow, *m);
    });
}

// ASCII whitespace trimmed from both ends.
std::string_view trim(std::string_view s);
bool is_blank(std::string_view s);
std::string lower_ascii(std::string_view s);
// The first `max` code points of valid UTF-8 text.
std::string first_code_points(std::string_view s, std::size_t max);
// The items joined by ", ".
std::string joined(const std::vector<std::string>& items);
// The first non-blank line, trimmed, at most `max` code points ("" when there is none).
std::string first_line(std::string_view text, std::size_t max);

// An absolute http:// or https:// URL with a host and no whitespace or control characters.
bool is_http_url(std::string_view url);

// The rules of commands beyond domain::validator's: each adds its field errors to v.
// Required text: storable, not blank, at most max characters.
void required_text(domain::validator& v, std::string_view field, std::string_view value, std::size_t max);
// A URL field: storable, at most 2,000 characters, then an http(s) URL (not_a_url).
void url(domain::validator& v, std::string_view field, const std::optional<std::string>& value);
void url(domain::validator& v, std::string_view field, const domain::patch<std::string>& value);
// Three upper-case ASCII letters (not_matching "^[A-Z]{3}$").
void currency(domain::validator& v, std::string_view field, const std::optional<std::string>& value);
// A number within [min, max].
void within(domain::validator& v, std::string_view field, const std::optional<long long>& value, long long min,
            long long max);
// A skills list: every item storable and at most 100 characters (path field, index), and at most 100 items once
// cleaned (clean_skills).
void skills(domain::validator& v, std::string_view field, const std::vector<std::string>& values);

inline constexpr std::size_t max_skills = 100;
inline constexpr std::size_t max_skill_length = 100;
inline constexpr std::size_t max_url_length = 2000;

// Items trimmed, blanks dropped, and an item naming the same skill as an earlier one (skills::canonical, else the
// same text ignoring ASCII case) dropped: the client's first spelling is kept.
std::vector<std::string> clean_skills(const std::vector<std::string>& values);

// The member as use cases return it: without the password hash.
member shown(member m);

}  // namespace offertracker::recruiting::detail
