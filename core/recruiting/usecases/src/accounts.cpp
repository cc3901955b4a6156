// Organisations and members: registration, login, the current member and the org_admin's management of
// colleagues. Password hashing runs outside any unit of work: it is slow on purpose.
#include <algorithm>
#include <array>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/recruiting/accounts.hpp>
#include <utility>

#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::string_view email_taken = "Email already registered";
constexpr std::string_view wrong_credentials = "Incorrect email or password";
constexpr std::string_view last_admin = "An organization needs an active org_admin";
constexpr std::string_view default_org_name = "My Organization";
constexpr std::size_t min_password = 8;
constexpr std::size_t max_password = 128;
constexpr std::size_t max_name = 200;

// Failed logins counted per account and per client address, as for seeker accounts (core/usecases
// login_failures), under keys of their own so a recruiter and a seeker with one email never share a count.
class login_failures {
public:
    login_failures(services& s, const std::string& email, const std::string& address)
        : s_(s),
          account_key_("recruiting:login-failures/account/" + email),
          address_key_(address.empty() ? std::string{} : "recruiting:login-failures/address/" + address) {}

    std::optional<domain::error> refused() const {
        auto wait = std::chrono::seconds{0};
        bool blocked = false;
        const std::array<std::pair<const std::string*, ports::throttle_limit>, 2> rules{
            {{&account_key_, s_.login.per_account}, {&address_key_, s_.login.per_address}}};
        for (const auto& [key, limit] : rules) {
            if (key->empty()) continue;
            const auto verdict = s_.throttle.check(*key, limit);
            if (verdict.allowed) continue;
            blocked = true;
            wait = std::max(wait, verdict.retry_after);
        }
        if (!blocked) return std::nullopt;
        return domain::error::rate_limited("Too many failed login attempts. Try again later.", wait);
    }
    void count() const {
        (void)s_.throttle.hit(account_key_, s_.login.per_account);
        if (!address_key_.empty()) (void)s_.throttle.hit(address_key_, s_.login.per_address);
    }
    // Only the account's count goes: the address keeps its failures on other accounts.
    void forget_account() const { s_.throttle.reset(account_key_); }

private:
    services& s_;
    std::string account_key_;
    std::string address_key_;
};

std::string local_part(const std::string& email) { return email.substr(0, email.find('@')); }

bool email_registered(services& s, const std::string& email) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->members().find_by_email(email).has_value();
}

}  // namespace

domain::result<member> register_org(services& s, const register_command& cmd) {
    domain::validator v;
    v.email("email", cmd.email);
    v.length("password", cmd.password, min_password, max_password);
    v.max_length("org_name", cmd.org_name, max_name);
    if (auto e = std::move(v).finish()) return std::move(*e);

    const std::string email = detail::lower_ascii(cmd.email);
    if (email_registered(s, email)) return domain::error::rule_violation(std::string(email_taken));

    const std::string hash = s.hasher.hash(cmd.password);
    const std::string org_name = cmd.org_name && !detail::is_blank(*cmd.org_name)
                                     ? std::string(detail::trim(*cmd.org_name))
                                     : std::string(default_org_name);
    try {
        return ports::in_write_unit(s.store, [&](ports::recruiting_unit_of_work& uow) -> domain::result<member> {
            const auto now = s.clock.now();
            organization org{.id = 0, .name = org_name, .created_at = now};
            org.id = uow.organizations().create(org);
            member m;
            m.org_id = org.id;
            m.email = email;
            m.full_name = local_part(email);
            m.role = member_role::org_admin;
            m.password_hash = hash;
            m.active = true;
            m.created_at = now;
            m.id = uow.members().create(m);
            uow.commit();
            return detail::shown(std::move(m));
        });
    } catch (const ports::unique_violation&) {
        // Another registration took the address since the check above.
        return domain::error::rule_violation(std::string(email_taken));
    }
}

domain::result<std::string> login(services& s, const login_command& cmd) {
    domain::validator v;
    v.length("username", cmd.email, 1, domain::max_email_length);
    v.length("password", cmd.password, 1, max_password);
    if (auto e = std::move(v).finish()) return std::move(*e);

    const std::string email = detail::lower_ascii(cmd.email);
    const login_failures failures{s, email, cmd.client_address};
    if (auto e = failures.refused()) return std::move(*e);

    std::optional<member> found;
    {
        auto uow = s.store.begin(ports::access::read_only);
        found = uow->members().find_by_email(email);
    }
    // The same work whichever part is wrong: a hash for an unknown email costs what a verification does, so the
    // response time does not tell which it was. A deactivated member is refused only after the verification.
    bool ok = false;
    if (!found) {
        (void)s.hasher.hash(cmd.password);
    } else {
        ok = s.hasher.verify(cmd.password, found->password_hash) && found->active;
    }
    if (!ok) {
        failures.count();
        return domain::error::rule_violation(std::string(wrong_credentials));
    }
    failures.forget_account();
    return s.tokens.issue(std::to_string(found->id));
}

domain::result<member> get_me(services& s, const recruiter& who) {
    return detail::in_read(
        s, who, detail::need::read,
        [](ports::recruiting_unit_of_work&, const member& m) -> domain::result<member> { return detail::shown(m); });
}

domain::result<member> invite_member(services& s, const recruiter& who, const invite_command& cmd) {
    domain::validator v;
    v.email("email", cmd.email);
    if (cmd.full_name) detail::required_text(v, "full_name", *cmd.full_name, max_name);
    if (cmd.role == member_role::org_admin)
        v.add({.path = {"role"}, .code = domain::field_code::not_one_of, .allowed = {"recruiter", "viewer"}});
    v.length("password", cmd.password, min_password, max_password);
    if (auto e = std::move(v).finish()) return std::move(*e);

    // Who may invite, and whether the address is free, before the slow hash; both are checked again in the write.
    const std::string email = detail::lower_ascii(cmd.email);
    {
        auto uow = s.store.begin(ports::access::read_only);
        auto admin = detail::acting(*uow, who, detail::need::admin, false);
        if (!admin) return std::move(admin).error();
        if (uow->members().find_by_email(email)) return domain::error::rule_violation(std::string(email_taken));
    }
    const std::string hash = s.hasher.hash(cmd.password);
    try {
        return detail::in_write(
            s, who, detail::need::admin,
            [&](ports::recruiting_unit_of_work& uow, const member& admin) -> domain::result<member> {
                if (uow.members().find_by_email(email)) return domain::error::rule_violation(std::string(email_taken));
                member m;
                m.org_id = admin.org_id;
                m.email = email;
                m.full_name = cmd.full_name ? std::string(detail::trim(*cmd.full_name)) : local_part(email);
                m.role = cmd.role;
                m.password_hash = hash;
                m.active = true;
                m.created_at = s.clock.now();
                m.id = uow.members().create(m);
                uow.commit();
                return detail::shown(std::move(m));
            });
    } catch (const ports::unique_violation&) {
        return domain::error::rule_violation(std::string(email_taken));
    }
}

domain::result<std::vector<member>> list_members(services& s, const recruiter& who) {
    return detail::in_read(
        s, who, detail::need::admin,
        [](ports::recruiting_unit_of_work& uow, const member& admin) -> domain::result<std::vector<member>> {
            auto list = uow.members().list(admin.org_id);
            for (auto& m : list) m = detail::shown(std::move(m));
            return list;
        });
}

domain::result<member> update_member(services& s, const recruiter& who, record_id member_id,
                                     const update_member_command& cmd) {
    domain::validator v;
    v.not_null("full_name", cmd.full_name, "string");
    if (cmd.full_name && *cmd.full_name) detail::required_text(v, "full_name", **cmd.full_name, max_name);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return detail::in_write(s, who, detail::need::admin,
                            [&](ports::recruiting_unit_of_work& uow, const member& admin) -> domain::result<member> {
                                auto m = uow.members().get(admin.org_id, member_id);
                                if (!m) return domain::error::not_found("Member not found");
                                const bool demoted = cmd.role && *cmd.role != member_role::org_admin;
                                const bool deactivated = cmd.active && !*cmd.active;
                                if (m->id == admin.id && (demoted || deactivated))
                                    return domain::error::rule_violation(std::string(last_admin));
                                if (cmd.full_name) m->full_name = std::string(detail::trim(**cmd.full_name));
                                if (cmd.role) m->role = *cmd.role;
                                if (cmd.active) m->active = *cmd.active;
                                if (!uow.members().update(*m)) return domain::error::not_found("Member not found");
                                uow.commit();
                                return detail::shown(std::move(*m));
                            });
}

}  // namespace offertracker::recruiting
