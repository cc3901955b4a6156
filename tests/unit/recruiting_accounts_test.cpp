// Recruiting accounts: registration, login (with its throttle), the current member and the org_admin's
// management of colleagues.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::member_role;

namespace {

rc::login_command login_as(const std::string& email, const std::string& password,
                           const std::string& address = "10.0.0.1") {
    return {email, password, address};
}

}  // namespace

TEST_CASE("registration creates an org and its org_admin", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto m = rc::register_org(f.svc, {"Founder@Example.com", "secret123", std::nullopt});
    REQUIRE(m.has_value());
    CHECK(m->id > 0);
    CHECK(m->org_id > 0);
    CHECK(m->email == "founder@example.com");
    CHECK(m->full_name == "founder");
    CHECK(m->role == member_role::org_admin);
    CHECK(m->active);
    CHECK(m->password_hash.empty());  // never shown

    auto uow = f.store.begin(ports::access::read_only);
    auto org = uow->organizations().get(m->org_id);
    REQUIRE(org);
    CHECK(org->name == "My Organization");
    auto stored = uow->members().find(m->id);
    REQUIRE(stored);
    CHECK(f.hasher.verify("secret123", stored->password_hash));
}

TEST_CASE("each registration is a new org; org_name is kept; a blank one is the default", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto a = rc::register_org(f.svc, {"a@example.com", "secret123", std::string("Acme Recruiting")});
    auto b = rc::register_org(f.svc, {"b@example.com", "secret123", std::string("   ")});
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(a->org_id != b->org_id);
    auto uow = f.store.begin(ports::access::read_only);
    CHECK(uow->organizations().get(a->org_id)->name == "Acme Recruiting");
    CHECK(uow->organizations().get(b->org_id)->name == "My Organization");
}

TEST_CASE("registration validates email, password and org_name", "[recruiting][accounts]") {
    recruiting_fixture f;
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"not-an-email", "secret123", std::nullopt}),
                         {.path = {"email"}, .code = field_code::not_an_email});
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"a@example.com", "short12", std::nullopt}),
                         {.path = {"password"}, .code = field_code::too_short, .limit = 8});
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"a@example.com", std::string(129, 'x'), std::nullopt}),
                         {.path = {"password"}, .code = field_code::too_long, .limit = 128});
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"a@example.com", "secret123", std::string(201, 'o')}),
                         {.path = {"org_name"}, .code = field_code::too_long, .limit = 200});
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"a@example.com", "secret123", std::string("bad\0name", 8)}),
                         {.path = {"org_name"}, .code = field_code::contains_nul});
    REQUIRE_FIELD_ERRORS(rc::register_org(f.svc, {"a@example.com",
                                                  "secret\xff"
                                                  "123",
                                                  std::nullopt}),
                         {.path = {"password"}, .code = field_code::not_utf8});
}

TEST_CASE("an email is registered once, whatever its case", "[recruiting][accounts]") {
    recruiting_fixture f;
    REQUIRE(rc::register_org(f.svc, {"ada@example.com", "secret123", std::nullopt}).has_value());
    REQUIRE_ERROR(rc::register_org(f.svc, {"ADA@example.com", "secret123", std::nullopt}), error_kind::rule_violation,
                  "Email already registered");
}

TEST_CASE("login returns a token naming the member; wrong parts are one answer", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto token = rc::login(f.svc, login_as("ADA@example.com", "secret123"));
    REQUIRE(token.has_value());
    CHECK(f.tokens.verify(*token) == std::optional<std::string>(std::to_string(admin.who.member_id)));

    REQUIRE_ERROR(rc::login(f.svc, login_as("ada@example.com", "wrong-password")), error_kind::rule_violation,
                  "Incorrect email or password");
    REQUIRE_ERROR(rc::login(f.svc, login_as("nobody@example.com", "secret123")), error_kind::rule_violation,
                  "Incorrect email or password");
}

TEST_CASE("a deactivated member cannot log in, even with the right password", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto bob = f.colleague(admin, "bob", member_role::recruiter);
    REQUIRE(rc::login(f.svc, login_as("bob@example.com", "secret123")).has_value());
    f.deactivate(admin, bob);
    REQUIRE_ERROR(rc::login(f.svc, login_as("bob@example.com", "secret123")), error_kind::rule_violation,
                  "Incorrect email or password");
}

TEST_CASE("login validates its fields", "[recruiting][accounts]") {
    recruiting_fixture f;
    REQUIRE_FIELD_ERRORS(rc::login(f.svc, login_as("", "")),
                         {.path = {"username"}, .code = field_code::too_short, .limit = 1},
                         {.path = {"password"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::login(f.svc, login_as("a@example.com", std::string(129, 'p'))),
                         {.path = {"password"}, .code = field_code::too_long, .limit = 128});
}

TEST_CASE("failed logins are throttled per account and per address, under recruiting keys", "[recruiting][accounts]") {
    recruiting_fixture f;
    f.svc.login.per_account = {3, std::chrono::minutes{15}};
    f.svc.login.per_address = {5, std::chrono::minutes{15}};
    f.org("ada");

    for (int i = 0; i < 3; ++i)
        REQUIRE_ERROR(rc::login(f.svc, login_as("ada@example.com", "wrong-password", "10.0.0.1")),
                      error_kind::rule_violation, "Incorrect email or password");
    // The account is blocked, even with the right password and from another address.
    auto blocked = rc::login(f.svc, login_as("ada@example.com", "secret123", "10.0.0.2"));
    REQUIRE_FALSE(blocked.has_value());
    CHECK(blocked.error().kind == error_kind::rate_limited);
    CHECK(blocked.error().retry_after.has_value());
    // Seeker keys are not touched: the recruiting prefix keeps them apart.
    CHECK(f.throttle.check("login-failures/account/ada@example.com", {3, std::chrono::minutes{15}}).remaining == 3);

    // Unknown emails count against the address too: two more failures exhaust the address's five.
    for (int i = 0; i < 2; ++i)
        REQUIRE_ERROR(rc::login(f.svc, login_as("x" + std::to_string(i) + "@example.com", "secret123", "10.0.0.1")),
                      error_kind::rule_violation, "Incorrect email or password");
    CHECK(rc::login(f.svc, login_as("y@example.com", "secret123", "10.0.0.1")).error().kind ==
          error_kind::rate_limited);

    // The window ends and the right password works again, which forgets the account's failures.
    f.clock.advance(std::chrono::minutes{16});
    REQUIRE(rc::login(f.svc, login_as("ada@example.com", "secret123", "10.0.0.3")).has_value());
    CHECK(f.throttle.check("recruiting:login-failures/account/ada@example.com", f.svc.login.per_account).remaining ==
          3);
}

TEST_CASE("get_me: the member; 401 once gone or deactivated", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto me = rc::get_me(f.svc, admin.who);
    REQUIRE(me.has_value());
    CHECK(me->email == "ada@example.com");
    CHECK(me->password_hash.empty());
    REQUIRE_UNAUTHENTICATED(rc::get_me(f.svc, rc::recruiter{999}));

    auto bob = f.colleague(admin, "bob", member_role::viewer);
    f.deactivate(admin, bob);
    REQUIRE_UNAUTHENTICATED(rc::get_me(f.svc, bob.who));
}

TEST_CASE("invite: an org_admin adds a colleague who can log in", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    rc::invite_command cmd;
    cmd.email = "Bob@Example.com";
    cmd.full_name = "  Bob Builder ";
    cmd.role = member_role::viewer;
    cmd.password = "initial-pass";
    auto bob = rc::invite_member(f.svc, admin.who, cmd);
    REQUIRE(bob.has_value());
    CHECK(bob->org_id == admin.org_id);
    CHECK(bob->email == "bob@example.com");
    CHECK(bob->full_name == "Bob Builder");
    CHECK(bob->role == member_role::viewer);
    CHECK(bob->password_hash.empty());
    REQUIRE(rc::login(f.svc, login_as("bob@example.com", "initial-pass")).has_value());

    cmd.email = "carol@example.com";
    cmd.full_name.reset();
    cmd.role = member_role::recruiter;
    auto carol = rc::invite_member(f.svc, admin.who, cmd);
    REQUIRE(carol.has_value());
    CHECK(carol->full_name == "carol");
}

TEST_CASE("invite: validation, taken email, and only an org_admin may", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto other = f.org("zed");
    rc::invite_command cmd;
    cmd.email = "bad";
    cmd.role = member_role::org_admin;
    cmd.password = "short";
    cmd.full_name = " ";
    REQUIRE_FIELD_ERRORS(rc::invite_member(f.svc, admin.who, cmd),
                         {.path = {"email"}, .code = field_code::not_an_email},
                         {.path = {"full_name"}, .code = field_code::too_short, .limit = 1},
                         {.path = {"role"}, .code = field_code::not_one_of, .allowed = {"recruiter", "viewer"}},
                         {.path = {"password"}, .code = field_code::too_short, .limit = 8});

    cmd = {};
    cmd.email = "zed@example.com";  // registered in another org: emails are unique across orgs
    cmd.password = "secret123";
    REQUIRE_ERROR(rc::invite_member(f.svc, admin.who, cmd), error_kind::rule_violation, "Email already registered");

    auto rec = f.colleague(admin, "rec", member_role::recruiter);
    auto viewer = f.colleague(admin, "view", member_role::viewer);
    cmd.email = "new@example.com";
    REQUIRE_FORBIDDEN(rc::invite_member(f.svc, rec.who, cmd));
    REQUIRE_FORBIDDEN(rc::invite_member(f.svc, viewer.who, cmd));
    REQUIRE_UNAUTHENTICATED(rc::invite_member(f.svc, rc::recruiter{999}, cmd));
    (void)other;
}

TEST_CASE("list_members: the org's members by id, for the org_admin only", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    f.org("zed");
    auto bob = f.colleague(admin, "bob", member_role::recruiter);
    auto list = rc::list_members(f.svc, admin.who);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].email == "ada@example.com");
    CHECK((*list)[1].email == "bob@example.com");
    for (const auto& m : *list) CHECK(m.password_hash.empty());
    REQUIRE_FORBIDDEN(rc::list_members(f.svc, bob.who));
}

TEST_CASE("update_member: name, role and active; 404 in another org; the admin keeps their own role",
          "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto bob = f.colleague(admin, "bob", member_role::viewer);

    rc::update_member_command cmd;
    cmd.full_name = std::optional<std::string>{"Robert"};
    cmd.role = member_role::recruiter;
    auto updated = rc::update_member(f.svc, admin.who, bob.who.member_id, cmd);
    REQUIRE(updated.has_value());
    CHECK(updated->full_name == "Robert");
    CHECK(updated->role == member_role::recruiter);
    CHECK(updated->active);

    REQUIRE_NOT_FOUND(rc::update_member(f.svc, admin.who, zed.who.member_id, cmd), "Member not found");
    REQUIRE_NOT_FOUND(rc::update_member(f.svc, admin.who, 999, cmd), "Member not found");
    REQUIRE_FORBIDDEN(rc::update_member(f.svc, bob.who, admin.who.member_id, cmd));

    rc::update_member_command demote;
    demote.role = member_role::viewer;
    REQUIRE_ERROR(rc::update_member(f.svc, admin.who, admin.who.member_id, demote), error_kind::rule_violation,
                  "An organization needs an active org_admin");
    rc::update_member_command leave;
    leave.active = false;
    REQUIRE_ERROR(rc::update_member(f.svc, admin.who, admin.who.member_id, leave), error_kind::rule_violation,
                  "An organization needs an active org_admin");
    // Renaming oneself is fine, and so is keeping one's role.
    rc::update_member_command rename;
    rename.full_name = std::optional<std::string>{"Ada L."};
    rename.role = member_role::org_admin;
    REQUIRE(rc::update_member(f.svc, admin.who, admin.who.member_id, rename).has_value());

    rc::update_member_command null_name;
    null_name.full_name = std::optional<std::string>{};
    REQUIRE_FIELD_ERRORS(rc::update_member(f.svc, admin.who, bob.who.member_id, null_name),
                         {.path = {"full_name"}, .code = field_code::wrong_type, .expected = "string"});
}

TEST_CASE("a deactivated member's every call is 401, and reactivation restores it", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto bob = f.colleague(admin, "bob", member_role::recruiter);
    f.deactivate(admin, bob);
    REQUIRE_UNAUTHENTICATED(rc::list_jobs(f.svc, bob.who, {}, {}));
    rc::create_job_command cmd;
    cmd.title = "Engineer";
    REQUIRE_UNAUTHENTICATED(rc::create_job(f.svc, bob.who, cmd));

    rc::update_member_command back;
    back.active = true;
    REQUIRE(rc::update_member(f.svc, admin.who, bob.who.member_id, back).has_value());
    CHECK(rc::create_job(f.svc, bob.who, cmd).has_value());
}

TEST_CASE("every use case answers 401 for a deactivated or unknown member, before anything else",
          "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer", {"Python"});
    auto c = f.candidate(admin, "Jane", std::string("Engineer"), {"Python"});
    auto a = f.application(admin, j.id, c.id);
    auto hook = f.webhook(admin, {rc::webhook_event::job_created});
    auto bob = f.colleague(admin, "bob", member_role::recruiter);
    f.deactivate(admin, bob);

    rc::create_job_command job_cmd;
    job_cmd.title = "T";
    rc::create_candidate_command cand_cmd;
    cand_cmd.full_name = "N";
    rc::create_application_command app_cmd;
    app_cmd.job_id = j.id;
    app_cmd.candidate_id = c.id;
    rc::invite_command invite;
    invite.email = "new@example.com";
    invite.password = "secret123";
    rc::create_webhook_command webhook;
    webhook.url = "https://h.example/";
    webhook.events = {rc::webhook_event::job_created};
    const rc::match_request by_job{.id = j.id}, by_candidate{.id = c.id};
    const rc::uploaded_file upload{"Senior Engineer\nPython", "text/plain", "a.txt"};

    const auto refused = [&](const rc::recruiter& who) {
        REQUIRE_UNAUTHENTICATED(rc::get_me(f.svc, who));
        REQUIRE_UNAUTHENTICATED(rc::invite_member(f.svc, who, invite));
        REQUIRE_UNAUTHENTICATED(rc::list_members(f.svc, who));
        REQUIRE_UNAUTHENTICATED(rc::update_member(f.svc, who, admin.who.member_id, {}));
        REQUIRE_UNAUTHENTICATED(rc::create_job(f.svc, who, job_cmd));
        REQUIRE_UNAUTHENTICATED(rc::get_job(f.svc, who, j.id));
        REQUIRE_UNAUTHENTICATED(rc::list_jobs(f.svc, who, {}, {}));
        REQUIRE_UNAUTHENTICATED(rc::update_job(f.svc, who, j.id, {}));
        REQUIRE_UNAUTHENTICATED(rc::delete_job(f.svc, who, j.id));
        REQUIRE_UNAUTHENTICATED(rc::get_job_pipeline(f.svc, who, j.id));
        REQUIRE_UNAUTHENTICATED(rc::create_candidate(f.svc, who, cand_cmd));
        REQUIRE_UNAUTHENTICATED(rc::get_candidate(f.svc, who, c.id));
        REQUIRE_UNAUTHENTICATED(rc::list_candidates(f.svc, who, std::nullopt, {}));
        REQUIRE_UNAUTHENTICATED(rc::update_candidate(f.svc, who, c.id, {}));
        REQUIRE_UNAUTHENTICATED(rc::delete_candidate(f.svc, who, c.id));
        REQUIRE_UNAUTHENTICATED(rc::create_application(f.svc, who, app_cmd));
        REQUIRE_UNAUTHENTICATED(rc::get_application(f.svc, who, a.id));
        REQUIRE_UNAUTHENTICATED(rc::list_applications(f.svc, who, {}, {}));
        REQUIRE_UNAUTHENTICATED(rc::update_application(f.svc, who, a.id, {}));
        REQUIRE_UNAUTHENTICATED(rc::delete_application(f.svc, who, a.id));
        REQUIRE_UNAUTHENTICATED(rc::get_application_history(f.svc, who, a.id));
        REQUIRE_UNAUTHENTICATED(rc::candidates_for_job(f.svc, who, by_job));
        REQUIRE_UNAUTHENTICATED(rc::jobs_for_candidate(f.svc, who, by_candidate));
        REQUIRE_UNAUTHENTICATED(rc::chat(f.svc, who, "list jobs"));
        REQUIRE_UNAUTHENTICATED(rc::create_job_from_prompt(f.svc, who, "Senior Engineer"));
        REQUIRE_UNAUTHENTICATED(rc::create_job_from_file(f.svc, who, upload, std::nullopt));
        REQUIRE_UNAUTHENTICATED(rc::create_candidate_from_resume(f.svc, who, upload, std::nullopt));
        REQUIRE_UNAUTHENTICATED(rc::create_webhook(f.svc, who, webhook));
        REQUIRE_UNAUTHENTICATED(rc::list_webhooks(f.svc, who));
        REQUIRE_UNAUTHENTICATED(rc::delete_webhook(f.svc, who, hook.id));
        REQUIRE_UNAUTHENTICATED(rc::list_deliveries(f.svc, who, hook.id, {}));
    };
    SECTION("deactivated") { refused(bob.who); }
    SECTION("unknown") { refused(rc::recruiter{424242}); }
    // Nothing was changed by the refused calls.
    CHECK(rc::get_job(f.svc, admin.who, j.id).has_value());
    CHECK(rc::list_jobs(f.svc, admin.who, {}, {})->total == 1);
    CHECK(rc::list_candidates(f.svc, admin.who, std::nullopt, {})->total == 1);
    CHECK(f.match_logs(admin.org_id).empty());
}

TEST_CASE("an org_admin may promote a colleague and then deactivate another admin", "[recruiting][accounts]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto bob = f.colleague(admin, "bob", member_role::recruiter);
    rc::update_member_command promote;
    promote.role = member_role::org_admin;
    REQUIRE(rc::update_member(f.svc, admin.who, bob.who.member_id, promote)->role == member_role::org_admin);
    CHECK(rc::list_members(f.svc, bob.who).has_value());  // now an admin
    // Bob may deactivate Ada: Bob is still an active org_admin.
    f.deactivate(bob, admin);
    REQUIRE_UNAUTHENTICATED(rc::get_me(f.svc, admin.who));
}

namespace {

// Counts the KDF runs (hash or verify, each one slow in production) around the fake hasher.
class counting_hasher final : public ports::password_hasher {
public:
    explicit counting_hasher(ports::password_hasher& inner) : inner_(inner) {}
    int runs = 0;
    std::string hash(std::string_view p) override {
        ++runs;
        return inner_.hash(p);
    }
    bool verify(std::string_view p, std::string_view e) override {
        ++runs;
        return inner_.verify(p, e);
    }

private:
    ports::password_hasher& inner_;
};

}  // namespace

TEST_CASE("login does one KDF run whichever part is wrong, and none when throttled", "[recruiting][accounts]") {
    recruiting_fixture f;
    f.org("ada");
    counting_hasher counting{f.hasher};
    rc::services svc{f.store, f.clock, f.ids, counting, f.tokens, f.log, f.throttle, f.extractor};
    svc.login.per_account = {2, std::chrono::minutes{15}};
    CHECK_FALSE(rc::login(svc, login_as("nobody@example.com", "secret123")).has_value());
    CHECK(counting.runs == 1);
    CHECK_FALSE(rc::login(svc, login_as("ada@example.com", "wrong-password")).has_value());
    CHECK(counting.runs == 2);
    CHECK(rc::login(svc, login_as("ada@example.com", "secret123")).has_value());
    CHECK(counting.runs == 3);
    CHECK_FALSE(rc::login(svc, login_as("ada@example.com", "wrong-1")).has_value());
    CHECK_FALSE(rc::login(svc, login_as("ada@example.com", "wrong-2")).has_value());
    CHECK(counting.runs == 5);
    CHECK(rc::login(svc, login_as("ada@example.com", "secret123")).error().kind == error_kind::rate_limited);
    CHECK(counting.runs == 5);
}
