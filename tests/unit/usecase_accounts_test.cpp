// Accounts: register, login (with the streak), me, profile updates with visibility in step, search, profiles.
#include <offertracker/domain/username.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using V = domain::profile_visibility;

namespace {

std::string repeat(char c, std::size_t n) { return std::string(n, c); }

uc::register_command reg(std::string email, std::string username, std::string password = "secret1",
                         std::optional<std::string> display_name = std::nullopt) {
    return {std::move(email), std::move(username), std::move(password), std::move(display_name)};
}

uc::update_profile_command visibility_cmd(std::optional<V> visibility, std::optional<bool> is_public) {
    uc::update_profile_command cmd;
    cmd.profile_visibility = visibility;
    cmd.is_profile_public = is_public;
    return cmd;
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "register creates the account and a token", "[usecases][accounts]") {
    auto s = uc::register_user(svc, reg("Ada@Example.COM", "ada", "correct horse"));
    REQUIRE(s.has_value());
    const auto& u = s->user;
    CHECK(u.id == memory::sequential_id_generator::id_for(1));
    CHECK(s->access_token == "fake-token:" + u.id);
    CHECK(u.email == "ada@example.com");  // stored lower-cased
    CHECK(u.username == "ada");
    CHECK(u.display_name == std::optional<std::string>{"ada"});  // defaults to the username
    CHECK(u.password_hash == "fake$esroh tcerroc");               // hashed, never the password itself
    CHECK(u.visibility == V::private_);
    CHECK_FALSE(u.is_profile_public);
    CHECK(u.created_at == fixed_now());
    CHECK(u.updated_at == fixed_now());
    // And it is stored as returned.
    CHECK(stored_user(u.id) == u);
}

TEST_CASE_METHOD(core_fixture, "register does not count as activity", "[usecases][accounts][streak]") {
    auto s = uc::register_user(svc, reg("ada@example.com", "ada"));
    REQUIRE(s.has_value());
    CHECK(s->user.streak_days == 0);
    CHECK_FALSE(s->user.last_active_date.has_value());
    CHECK(stored_user(s->user.id)->streak_days == 0);
    CHECK_FALSE(stored_user(s->user.id)->last_active_date.has_value());
}

TEST_CASE_METHOD(core_fixture, "register keeps a given display name, and a blank one falls back", "[usecases][accounts]") {
    auto given = uc::register_user(svc, reg("a@example.com", "ada", "secret1", "Ada Lovelace"));
    REQUIRE(given.has_value());
    CHECK(given->user.display_name == std::optional<std::string>{"Ada Lovelace"});
    auto blank = uc::register_user(svc, reg("b@example.com", "bob", "secret1", "   "));
    REQUIRE(blank.has_value());
    CHECK(blank->user.display_name == std::optional<std::string>{"bob"});
}

TEST_CASE_METHOD(core_fixture, "register: field boundaries", "[usecases][accounts][validation]") {
    SECTION("exact limits are accepted") {
        CHECK(uc::register_user(svc, reg("a@example.com", "abc", "123456", repeat('d', 100))).has_value());
        CHECK(uc::register_user(svc, reg("b@example.com", repeat('u', 50), repeat('p', 128))).has_value());
        const std::string long_email = repeat('e', 243) + "@example.com";  // 255 characters
        CHECK(uc::register_user(svc, reg(long_email, "longmail")).has_value());
    }
    SECTION("username too short") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("a@example.com", "ab")),
                             field_error{.path = {"username"}, .code = field_code::too_short, .limit = 3});
    }
    SECTION("username too long") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("a@example.com", repeat('u', 51))),
                             field_error{.path = {"username"}, .code = field_code::too_long, .limit = 50});
    }
    SECTION("password too short") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("a@example.com", "ada", "12345")),
                             field_error{.path = {"password"}, .code = field_code::too_short, .limit = 6});
    }
    SECTION("password too long") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("a@example.com", "ada", repeat('p', 129))),
                             field_error{.path = {"password"}, .code = field_code::too_long, .limit = 128});
    }
    SECTION("display name too long") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("a@example.com", "ada", "secret1", repeat('d', 101))),
                             field_error{.path = {"display_name"}, .code = field_code::too_long, .limit = 100});
    }
    SECTION("email too long") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg(repeat('e', 244) + "@example.com", "ada")),
                             field_error{.path = {"email"}, .code = field_code::too_long, .limit = 255});
    }
    SECTION("email malformed") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("ada.example.com", "ada")),
                             field_error{.path = {"email"}, .code = field_code::not_an_email});
    }
    SECTION("every bad field at once, in body order") {
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("nope", "x", "1", repeat('d', 101))),
                             field_error{.path = {"email"}, .code = field_code::not_an_email},
                             field_error{.path = {"username"}, .code = field_code::too_short, .limit = 3},
                             field_error{.path = {"password"}, .code = field_code::too_short, .limit = 6},
                             field_error{.path = {"display_name"}, .code = field_code::too_long, .limit = 100});
    }
    SECTION("lengths count characters, not bytes") {
        // 50 two-byte characters: 100 bytes, still within 3-50.
        std::string name;
        for (int i = 0; i < 50; ++i) name += "\xC3\xA9";
        CHECK(uc::register_user(svc, reg("a@example.com", name)).has_value());
    }
}

TEST_CASE_METHOD(core_fixture, "register: taken username before taken email", "[usecases][accounts]") {
    REQUIRE(uc::register_user(svc, reg("ada@example.com", "ada")).has_value());
    SECTION("username taken") {
        REQUIRE_ERROR(uc::register_user(svc, reg("other@example.com", "ada")), error_kind::rule_violation,
                      "Username already taken");
    }
    SECTION("email taken") {
        REQUIRE_ERROR(uc::register_user(svc, reg("ada@example.com", "other")), error_kind::rule_violation,
                      "Email already taken");
    }
    SECTION("email taken in another case") {
        REQUIRE_ERROR(uc::register_user(svc, reg("ADA@example.com", "other")), error_kind::rule_violation,
                      "Email already taken");
    }
    SECTION("both taken: the username is reported") {
        REQUIRE_ERROR(uc::register_user(svc, reg("ada@example.com", "ada")), error_kind::rule_violation,
                      "Username already taken");
    }
    SECTION("a username taken in another case, or folded beyond ASCII") {
        REQUIRE_ERROR(uc::register_user(svc, reg("other@example.com", "ADA")), error_kind::rule_violation,
                      "Username already taken");
        REQUIRE(uc::register_user(svc, reg("g@example.com", "Stra\u00dfe")).has_value());
        REQUIRE_ERROR(uc::register_user(svc, reg("h@example.com", "STRASSE")), error_kind::rule_violation,
                      "Username already taken");
    }
}

TEST_CASE_METHOD(core_fixture, "register and update_me: hidden characters in a username are 422", "[usecases][accounts][validation]") {
    const auto ada = uc::register_user(svc, reg("ada@example.com", "ada"));
    REQUIRE(ada.has_value());
    const uc::actor who{ada->user.id};
    for (const std::string name : {"ada\u200b", "a\u202eda", "\ufeffbob", "bo\u00adb", "bob\x01"}) {
        INFO(name);
        REQUIRE_FIELD_ERRORS(uc::register_user(svc, reg("b@example.com", name)),
                             field_error{.path = {"username"}, .code = field_code::hidden_character});
        uc::update_profile_command cmd;
        cmd.username = domain::patch<std::string>{std::optional<std::string>{name}};
        REQUIRE_FIELD_ERRORS(uc::update_me(svc, who, cmd),
                             field_error{.path = {"username"}, .code = field_code::hidden_character});
    }
}

TEST_CASE_METHOD(core_fixture, "update_me: a new username is checked like a registration", "[usecases][accounts]") {
    const auto ada = uc::register_user(svc, reg("ada@example.com", "ada"));
    const auto bob = uc::register_user(svc, reg("bob@example.com", "bob"));
    REQUIRE(ada.has_value());
    REQUIRE(bob.has_value());
    uc::update_profile_command cmd;
    cmd.username = domain::patch<std::string>{std::optional<std::string>{"ADA"}};
    REQUIRE_ERROR(uc::update_me(svc, uc::actor{bob->user.id}, cmd), error_kind::rule_violation,
                  "Username already taken");
    auto renamed = uc::update_me(svc, uc::actor{ada->user.id}, cmd);  // one's own name in another case
    REQUIRE(renamed.has_value());
    CHECK(renamed->username == "ADA");
    cmd.username = domain::patch<std::string>{std::optional<std::string>{}};
    REQUIRE_FIELD_ERRORS(uc::update_me(svc, uc::actor{ada->user.id}, cmd),
                         field_error{.path = {"username"}, .code = field_code::wrong_type, .expected = "string"});
}

TEST_CASE_METHOD(core_fixture, "login returns a token and the user after the streak update", "[usecases][accounts][streak]") {
    auto r = uc::register_user(svc, reg("ada@example.com", "ada", "secret1"));
    REQUIRE(r.has_value());
    auto s = uc::login(svc, {"ada@example.com", "secret1"});
    REQUIRE(s.has_value());
    CHECK(s->access_token == "fake-token:" + r->user.id);
    CHECK(s->user.id == r->user.id);
    CHECK(s->user.streak_days == 1);
    CHECK(s->user.last_active_date == fixed_today());
    CHECK(stored_user(r->user.id)->streak_days == 1);
}

TEST_CASE_METHOD(core_fixture, "login streak: same day, next day, after a gap", "[usecases][accounts][streak]") {
    REQUIRE(uc::register_user(svc, reg("ada@example.com", "ada")).has_value());
    auto login = [&] {
        auto s = uc::login(svc, {"ada@example.com", "secret1"});
        REQUIRE(s.has_value());
        return s->user;
    };
    CHECK(login().streak_days == 1);
    tick();
    CHECK(login().streak_days == 1);  // same day
    set_day(ymd(2026, 3, 16));
    auto u = login();
    CHECK(u.streak_days == 2);
    CHECK(u.last_active_date == ymd(2026, 3, 16));
    set_day(ymd(2026, 3, 17));
    CHECK(login().streak_days == 3);
    set_day(ymd(2026, 3, 20));
    u = login();
    CHECK(u.streak_days == 1);
    CHECK(u.last_active_date == ymd(2026, 3, 20));
}

TEST_CASE_METHOD(core_fixture, "login: the email is matched whatever its case", "[usecases][accounts]") {
    REQUIRE(uc::register_user(svc, reg("ada@example.com", "ada")).has_value());
    CHECK(uc::login(svc, {"ADA@Example.com", "secret1"}).has_value());
}

TEST_CASE_METHOD(core_fixture, "login accepts every password register accepts", "[usecases][accounts]") {
    REQUIRE(uc::register_user(svc, reg("six@example.com", "six", "123456")).has_value());
    REQUIRE(uc::register_user(svc, reg("max@example.com", "max", repeat('p', 128))).has_value());
    CHECK(uc::login(svc, {"six@example.com", "123456"}).has_value());
    CHECK(uc::login(svc, {"max@example.com", repeat('p', 128)}).has_value());
}

TEST_CASE_METHOD(core_fixture, "login: wrong credentials are 401 without saying which part", "[usecases][accounts]") {
    REQUIRE(uc::register_user(svc, reg("ada@example.com", "ada", "secret1")).has_value());
    REQUIRE_ERROR(uc::login(svc, {"ada@example.com", "secret2"}), error_kind::unauthenticated,
                  "Incorrect email or password");
    REQUIRE_ERROR(uc::login(svc, {"nobody@example.com", "secret1"}), error_kind::unauthenticated,
                  "Incorrect email or password");
    // A failed login is not activity.
    CHECK(stored_user(memory::sequential_id_generator::id_for(1))->streak_days == 0);
}

TEST_CASE_METHOD(core_fixture, "login: malformed input is 422", "[usecases][accounts][validation]") {
    REQUIRE_FIELD_ERRORS(uc::login(svc, {"ada@example.com", "12345"}),
                         field_error{.path = {"password"}, .code = field_code::too_short, .limit = 6});
    REQUIRE_FIELD_ERRORS(uc::login(svc, {"ada@example.com", repeat('p', 129)}),
                         field_error{.path = {"password"}, .code = field_code::too_long, .limit = 128});
    REQUIRE_FIELD_ERRORS(uc::login(svc, {"", "secret1"}),
                         field_error{.path = {"email"}, .code = field_code::too_short, .limit = 1});
}

TEST_CASE_METHOD(core_fixture, "get_me returns the stored account; a vanished one is 401", "[usecases][accounts]") {
    const auto ada = user("ada");
    auto me = uc::get_me(svc, ada);
    REQUIRE(me.has_value());
    CHECK(me->username == "ada");
    CHECK(me->email == "ada@example.com");
    REQUIRE_ERROR(uc::get_me(svc, uc::actor{"no-such-user"}), error_kind::unauthenticated, "Not authenticated");
}

TEST_CASE_METHOD(core_fixture, "update_me: sent fields change, omitted ones stay, null clears", "[usecases][accounts]") {
    const auto ada = user("ada");
    tick();
    uc::update_profile_command cmd;
    cmd.display_name = std::optional<std::string>{"Ada L."};
    cmd.bio = std::optional<std::string>{"Engineer"};
    auto u = uc::update_me(svc, ada, cmd);
    REQUIRE(u.has_value());
    CHECK(u->display_name == std::optional<std::string>{"Ada L."});
    CHECK(u->bio == std::optional<std::string>{"Engineer"});
    CHECK(u->updated_at == clock.now());
    CHECK(u->created_at == fixed_now());

    uc::update_profile_command clear_bio;
    clear_bio.bio = std::optional<std::string>{};
    u = uc::update_me(svc, ada, clear_bio);
    REQUIRE(u.has_value());
    CHECK_FALSE(u->bio.has_value());
    CHECK(u->display_name == std::optional<std::string>{"Ada L."});
    CHECK(stored_user(ada.user_id) == *u);
}

TEST_CASE_METHOD(core_fixture, "update_me: display_name at most 100 characters", "[usecases][accounts][validation]") {
    const auto ada = user("ada");
    uc::update_profile_command ok;
    ok.display_name = std::optional<std::string>{repeat('d', 100)};
    CHECK(uc::update_me(svc, ada, ok).has_value());
    uc::update_profile_command bad;
    bad.display_name = std::optional<std::string>{repeat('d', 101)};
    REQUIRE_FIELD_ERRORS(uc::update_me(svc, ada, bad),
                         field_error{.path = {"display_name"}, .code = field_code::too_long, .limit = 100});
    CHECK(stored_user(ada.user_id)->display_name == std::optional<std::string>{repeat('d', 100)});
}

TEST_CASE_METHOD(core_fixture, "update_me of a vanished account is 401", "[usecases][accounts]") {
    REQUIRE_ERROR(uc::update_me(svc, uc::actor{"ghost"}, {}), error_kind::unauthenticated, "Not authenticated");
}

TEST_CASE_METHOD(core_fixture, "update_me keeps is_profile_public and profile_visibility in step", "[usecases][accounts][visibility]") {
    const auto ada = user("ada");
    auto update = [&](std::optional<V> vis, std::optional<bool> pub) {
        auto u = uc::update_me(svc, ada, visibility_cmd(vis, pub));
        REQUIRE(u.has_value());
        return std::pair{u->visibility, u->is_profile_public};
    };
    SECTION("visibility alone") {
        CHECK(update(V::public_, std::nullopt) == std::pair{V::public_, true});
        CHECK(update(V::followers, std::nullopt) == std::pair{V::followers, false});
        CHECK(update(V::groups, std::nullopt) == std::pair{V::groups, false});
        CHECK(update(V::public_, std::nullopt) == std::pair{V::public_, true});
        CHECK(update(V::private_, std::nullopt) == std::pair{V::private_, false});
    }
    SECTION("the legacy flag alone") {
        CHECK(update(std::nullopt, true) == std::pair{V::public_, true});
        CHECK(update(std::nullopt, false) == std::pair{V::private_, false});
    }
    SECTION("both sent: visibility wins") {
        CHECK(update(V::private_, true) == std::pair{V::private_, false});
        CHECK(update(V::public_, false) == std::pair{V::public_, true});
        CHECK(update(V::followers, true) == std::pair{V::followers, false});
    }
    SECTION("neither sent: unchanged") {
        update(V::groups, std::nullopt);
        CHECK(update(std::nullopt, std::nullopt) == std::pair{V::groups, false});
    }
    SECTION("the stored row agrees") {
        update(V::public_, std::nullopt);
        const auto stored = stored_user(ada.user_id);
        CHECK(stored->visibility == V::public_);
        CHECK(stored->is_profile_public);
    }
}

// Regression test for a fixed bug (core/usecases/src/accounts.cpp, update_me): sending is_profile_public=false when it is already false
// turns a "followers" (or "groups") profile into "private". docs/behaviour.md §10 syncs the legacy flag only when
// it *changes*; an unchanged false is still in step with followers/groups and must not widen or narrow it.
TEST_CASE_METHOD(core_fixture, "an unchanged is_profile_public=false leaves followers visibility alone",
                 "[usecases][accounts][visibility]") {
    const auto ada = user("ada");
    REQUIRE(uc::update_me(svc, ada, visibility_cmd(V::followers, std::nullopt)).has_value());
    auto u = uc::update_me(svc, ada, visibility_cmd(std::nullopt, false));
    REQUIRE(u.has_value());
    CHECK(u->visibility == V::followers);
}

TEST_CASE_METHOD(core_fixture, "search: blank query gives nothing", "[usecases][accounts][search]") {
    const auto ada = user("ada");
    REQUIRE(uc::update_me(svc, ada, visibility_cmd(V::public_, std::nullopt)).has_value());
    for (const char* q : {"", " ", "   \t"}) {
        INFO('"' << q << '"');
        auto r = uc::search_users(svc, ada, q, ports::page{0, 20});
        REQUIRE(r.has_value());
        CHECK(r->empty());
    }
}

TEST_CASE_METHOD(core_fixture, "search: public profiles by username or display name, case-insensitive",
                 "[usecases][accounts][search]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto cat = user("cat");
    const auto dan = user("dan");
    uc::update_profile_command pub = visibility_cmd(V::public_, std::nullopt);
    REQUIRE(uc::update_me(svc, ada, pub).has_value());
    pub.display_name = std::optional<std::string>{"Robert Adams"};
    REQUIRE(uc::update_me(svc, bob, pub).has_value());
    REQUIRE(uc::update_me(svc, dan, visibility_cmd(V::followers, std::nullopt)).has_value());
    // cat stays private.
    auto names = [&](const std::string& q, ports::page p = {0, 20}) {
        auto r = uc::search_users(svc, ada, q, p);
        REQUIRE(r.has_value());
        std::vector<std::string> out;
        for (const auto& u : *r) out.push_back(u.username);
        return out;
    };
    CHECK(names("ROBERT") == std::vector<std::string>{"bob"});                 // display name, any case
    CHECK(names("BOB") == std::vector<std::string>{"bob"});                    // username, any case
    CHECK(names("ada") == std::vector<std::string>{"ada", "bob"});             // the searcher finds herself too
    CHECK(names("lovelace").empty());
    CHECK(names("cat").empty());                                                // private
    CHECK(names("dan").empty());                                                // followers-only
    CHECK(names("zzz").empty());
    CHECK(names("ad", {1, 20}) == std::vector<std::string>{"bob"});
    CHECK(names("AD") == std::vector<std::string>{"ada", "bob"});
    CHECK(names("ad", {0, 1}) == std::vector<std::string>{"ada"});
    (void)cat;
}

TEST_CASE_METHOD(core_fixture, "search results carry the real visibility", "[usecases][accounts][search]") {
    const auto ada = user("ada");
    REQUIRE(uc::update_me(svc, ada, visibility_cmd(V::public_, std::nullopt)).has_value());
    auto r = uc::search_users(svc, ada, "ada", {0, 20});
    REQUIRE(r.has_value());
    REQUIRE(r->size() == 1);
    CHECK(r->front().visibility == V::public_);
}

TEST_CASE_METHOD(core_fixture, "get_profile: 404, 403 private, self, public", "[usecases][accounts][visibility]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    SECTION("unknown user") {
        REQUIRE_ERROR(uc::get_profile(svc, ada, "no-such-id"), error_kind::not_found, "User not found");
    }
    SECTION("another user's private profile") {
        REQUIRE_ERROR(uc::get_profile(svc, ada, bob.user_id), error_kind::forbidden, "Profile is private");
    }
    SECTION("one's own private profile") {
        auto me = uc::get_profile(svc, ada, ada.user_id);
        REQUIRE(me.has_value());
        CHECK(me->username == "ada");
    }
    SECTION("a public profile") {
        REQUIRE(uc::update_me(svc, bob, visibility_cmd(V::public_, std::nullopt)).has_value());
        auto p = uc::get_profile(svc, ada, bob.user_id);
        REQUIRE(p.has_value());
        CHECK(p->username == "bob");
    }
    SECTION("followers / groups profiles to a stranger") {
        REQUIRE(uc::update_me(svc, bob, visibility_cmd(V::followers, std::nullopt)).has_value());
        REQUIRE_ERROR(uc::get_profile(svc, ada, bob.user_id), error_kind::forbidden, "Profile is private");
        REQUIRE(uc::update_me(svc, bob, visibility_cmd(V::groups, std::nullopt)).has_value());
        REQUIRE_ERROR(uc::get_profile(svc, ada, bob.user_id), error_kind::forbidden, "Profile is private");
    }
}
