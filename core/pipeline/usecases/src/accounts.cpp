// Pipeline signup over the seeker registration: the Pipeline's 8-character password rule, the email checked
// first (a taken email is a conflict here, EMAIL_TAKEN on the wire), and a username the client never chose.
#include <offertracker/pipeline/accounts.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>

#include "field_names.hpp"

namespace offertracker::pipeline {
namespace {

constexpr std::string_view email_taken = "Email already taken";
constexpr int username_attempts = 5;

// The email's local part reduced to [A-Za-z0-9._-], 3 to 40 characters ("user" stands in for too little).
std::string username_base(std::string_view email) {
    std::string base;
    for (char c : email.substr(0, email.find('@'))) {
        const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                          c == '_' || c == '-';
        if (kept && base.size() < 40) base += c;
    }
    return base.size() < 3 ? "user" + base : base;
}

}  // namespace

domain::result<usecases::login_result> sign_up(services& s, const signup_command& cmd) {
    domain::validator v;
    v.email("email", cmd.email);
    if (text::utf8_length(cmd.password) < min_password_length)
        v.add({.path = {"password"}, .code = domain::field_code::too_short, .limit = min_password_length});
    if (auto e = std::move(v).finish()) return std::move(*e);
    {
        auto uow = s.seeker.store.begin(ports::access::read_only);
        if (uow->users().find_by_email(text::ascii_lower(cmd.email))) return domain::error::conflict(std::string{email_taken});
    }

    const std::string base = username_base(cmd.email);
    for (int attempt = 0;; ++attempt) {
        // After the first try, a suffix from a fresh id: unguessable enough that a second clash is rare. Its tail,
        // which differs between any two ids (a random UUID's head does too, a sequential test id's does not).
        const std::string id = attempt == 0 ? std::string{} : s.seeker.ids.new_id();
        const std::string username = attempt == 0 ? base : base + "-" + id.substr(id.size() < 6 ? 0 : id.size() - 6);
        auto registered = renamed(usecases::register_user(
            s.seeker, {.email = cmd.email, .username = username, .password = cmd.password, .display_name = cmd.name}));
        if (registered) return registered;
        const auto& e = registered.error();
        if (e.kind == domain::error_kind::rule_violation && e.message == email_taken)
            return domain::error::conflict(std::string{email_taken});
        const bool username_clash = e.kind == domain::error_kind::rule_violation && e.message != email_taken;
        if (!username_clash || attempt + 1 == username_attempts) return registered;
    }
}

}  // namespace offertracker::pipeline
