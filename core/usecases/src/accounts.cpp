// Registration, login and profiles. Password hashing runs outside any transaction: it is slow on purpose.
#include <offertracker/usecases/accounts.hpp>

#include <algorithm>
#include <cctype>

#include <offertracker/domain/milestone_rules.hpp>
#include <offertracker/domain/username.hpp>
#include <offertracker/domain/validation.hpp>
#include <offertracker/domain/visibility.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "login_failures.hpp"
#include "support.hpp"

namespace offertracker::usecases {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

constexpr std::string_view username_taken = "Username already taken";

// The 400 for a taken username or email, checked in the documented order (username first). The store finds
// a username by its canonical key, so a look-alike of a taken name is taken.
std::optional<domain::error> taken(ports::unit_of_work& uow, const register_command& cmd, const std::string& email) {
    if (uow.users().find_by_username(cmd.username)) return domain::error::rule_violation(std::string(username_taken));
    if (uow.users().find_by_email(email)) return domain::error::rule_violation("Email already taken");
    return std::nullopt;
}

}  // namespace

domain::result<login_result> register_user(services& s, const register_command& cmd) {
    domain::validator v;
    v.email("email", cmd.email);
    v.username("username", cmd.username);
    v.length("password", cmd.password, 6, 128);
    v.max_length("display_name", cmd.display_name, 100);
    if (auto e = std::move(v).finish()) return std::move(*e);

    const std::string email = lower_ascii(cmd.email);
    {
        auto uow = s.store.begin(ports::access::read_only);
        if (auto e = taken(*uow, cmd, email)) return std::move(*e);
    }

    domain::user u;
    u.id = s.ids.new_id();
    u.email = email;
    u.username = cmd.username;
    u.display_name = cmd.display_name && !is_blank(*cmd.display_name) ? cmd.display_name : cmd.username;
    u.password_hash = s.hasher.hash(cmd.password);
    u.created_at = u.updated_at = s.clock.now();

    try {
        ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) {
            uow.users().insert(u);
            detail::award_milestone(uow, s, u.id, domain::registration_milestone());  // docs/behaviour.md §2
            uow.commit();
        });
    } catch (const ports::unique_violation&) {
        // Another registration took the name or address since the check above (the write unit is gone).
        auto again = s.store.begin(ports::access::read_only);
        if (auto e = taken(*again, cmd, email)) return std::move(*e);
        throw;
    }
    return login_result{s.tokens.issue(u.id), std::move(u)};
}

domain::result<login_result> login(services& s, const login_command& cmd) {
    domain::validator v;
    v.length("email", cmd.email, 1, 255);
    v.length("password", cmd.password, 6, 128);
    if (auto e = std::move(v).finish()) return std::move(*e);

    const std::string email = lower_ascii(cmd.email);
    const detail::login_failures failures{s, email, cmd.client_address};
    if (auto e = failures.refused()) return std::move(*e);

    std::optional<domain::user> found;
    {
        auto uow = s.store.begin(ports::access::read_only);
        found = uow->users().find_by_email(email);
    }
    if (!found) {
        // Spend what a verification costs, so response time does not tell which part was wrong.
        (void)s.hasher.hash(cmd.password);
        failures.count();
        return domain::error::unauthenticated("Incorrect email or password");
    }
    if (!s.hasher.verify(cmd.password, found->password_hash)) {
        failures.count();
        return domain::error::unauthenticated("Incorrect email or password");
    }
    failures.forget_account();

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<login_result> {
        if (!uow.lock_owner(found->id)) return domain::error::unauthenticated("Session could not be established");
        detail::track_progress(uow, s, found->id);  // the streak, then the streak milestones it may reach
        auto u = uow.users().find(found->id);
        uow.commit();
        if (!u) return domain::error::unauthenticated("Session could not be established");
        return login_result{s.tokens.issue(u->id), std::move(*u)};
    });
}

domain::result<domain::user> get_me(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    auto u = uow->users().find(who.user_id);
    if (!u) return domain::error::unauthenticated("Not authenticated");
    return std::move(*u);
}

domain::result<domain::user> update_me(services& s, const actor& who, const update_profile_command& cmd) {
    domain::validator v;
    v.text("bio", cmd.bio);
    v.max_length("display_name", cmd.display_name, 100);
    v.not_null("username", cmd.username, "string");
    if (cmd.username && *cmd.username) v.username("username", **cmd.username);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::user> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto u = uow.users().find(who.user_id);
        if (!u) return domain::error::unauthenticated("Not authenticated");
        if (cmd.username) {
            // Another account's look-alike is taken; a new case of one's own name is not.
            if (domain::username_key(**cmd.username) != domain::username_key(u->username) &&
                uow.users().find_by_username(**cmd.username))
                return domain::error::rule_violation(std::string(username_taken));
            u->username = **cmd.username;
        }
        domain::apply(cmd.display_name, u->display_name);
        domain::apply(cmd.bio, u->bio);
        // The two visibility fields stay in step. profile_visibility, when sent, decides; otherwise the legacy
        // flag picks public or private, but only when it changes (docs/behaviour.md §10): an unchanged false must not
        // turn a followers or groups profile private.
        if (cmd.profile_visibility) {
            u->visibility = *cmd.profile_visibility;
            u->is_profile_public = u->visibility == domain::profile_visibility::public_;
        } else if (cmd.is_profile_public && *cmd.is_profile_public != u->is_profile_public) {
            u->is_profile_public = *cmd.is_profile_public;
            u->visibility = u->is_profile_public ? domain::profile_visibility::public_ : domain::profile_visibility::private_;
        }
        u->updated_at = s.clock.now();
        try {
            uow.users().update(*u);
            uow.commit();
        } catch (const ports::unique_violation&) {
            // Another account took the name since the check above (the store's unique key).
            return domain::error::rule_violation(std::string(username_taken));
        }
        return std::move(*u);
    });
}

domain::result<std::vector<domain::user>> search_users(services& s, const actor& who, const std::string& q,
                                                       ports::page p) {
    if (is_blank(q)) return std::vector<domain::user>{};
    domain::validator v;
    v.text("q", q);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto uow = s.store.begin(ports::access::read_only);
    // The store filters by the same policy as get_profile (domain::may_view_profile), before paginating.
    return uow->social().search_visible(who.user_id, q, p);
}

domain::result<domain::user> get_profile(services& s, const actor& who, const domain::id& user_id) {
    auto uow = s.store.begin(ports::access::read_only);
    auto u = detail::find_by_id(uow->users(), user_id);
    if (!u) return domain::error::not_found("User not found");
    const bool self = u->id == who.user_id;
    const domain::relationship r{.is_self = self,
                                 .follows_owner = !self && uow->social().follows(who.user_id, u->id),
                                 .shares_a_group = !self && uow->social().share_a_group(who.user_id, u->id)};
    if (!domain::may_view_profile(u->visibility, r)) return domain::error::forbidden("Profile is private");
    return std::move(*u);
}

}  // namespace offertracker::usecases
