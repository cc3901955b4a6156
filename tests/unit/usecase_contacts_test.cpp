// Contacts: defaults, the linked application's ownership (create and update), validation, the contact's own
// 404/403, list order, filters and paging, partial updates, delete, activity and the streak.
#include <offertracker/usecases/contacts.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using CT = domain::contact_type;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_contact_command named(std::string name, std::optional<domain::id> app = std::nullopt) {
    uc::create_contact_command cmd;
    cmd.name = std::move(name);
    cmd.application_id = std::move(app);
    return cmd;
}

struct contacts_fixture : core_fixture {
    domain::id contact(const uc::actor& who, uc::create_contact_command cmd) {
        tick();
        auto c = uc::create_contact(svc, who, cmd);
        REQUIRE(c.has_value());
        return c->id;
    }
    std::vector<std::string> names(const uc::actor& who, const ports::contact_filter& f = {},
                                   ports::page p = {0, 100}) {
        auto list = uc::list_contacts(svc, who, f, p);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& c : *list) out.push_back(c.name);
        return out;
    }
};

}  // namespace

TEST_CASE_METHOD(contacts_fixture, "create_contact: defaults, stored, logged", "[usecases][contacts]") {
    const auto ada = user("ada");
    tick();
    auto c = uc::create_contact(svc, ada, named("Grace Hopper"));
    REQUIRE(c.has_value());
    CHECK(c->user_id == ada.user_id);
    CHECK(c->name == "Grace Hopper");
    CHECK(c->contact_type == CT::other);
    CHECK_FALSE(c->application_id.has_value());
    CHECK_FALSE(c->email.has_value());
    CHECK_FALSE(c->last_contacted.has_value());
    CHECK(c->created_at == clock.now());
    CHECK(c->updated_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->contacts().find(c->id) == *c);

    const auto log = activity(ada);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "Contact Added");
    CHECK(log[0].description == "Added contact: Grace Hopper");
    CHECK_FALSE(log[0].application_id.has_value());
    CHECK(log[0].metadata_json == "{}");
}

TEST_CASE_METHOD(contacts_fixture, "create_contact: every field kept; the entry names the application", "[usecases][contacts]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    auto cmd = named("Linus", app_id);
    cmd.email = "linus@example.com";
    cmd.phone = "+1 555 0100";
    cmd.role_title = "Hiring Manager";
    cmd.company = "Acme";
    cmd.contact_type = CT::hiring_manager;
    cmd.linkedin_url = "https://linkedin.com/in/linus";
    cmd.notes = "Met at a fair";
    cmd.last_contacted = ymd(2026, 3, 1);
    auto c = uc::create_contact(svc, ada, cmd);
    REQUIRE(c.has_value());
    CHECK(c->application_id == app_id);
    CHECK(c->email == cmd.email);
    CHECK(c->phone == cmd.phone);
    CHECK(c->role_title == cmd.role_title);
    CHECK(c->company == cmd.company);
    CHECK(c->contact_type == CT::hiring_manager);
    CHECK(c->linkedin_url == cmd.linkedin_url);
    CHECK(c->notes == cmd.notes);
    CHECK(c->last_contacted == ymd(2026, 3, 1));
    const auto log = activity(ada, app_id);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "Contact Added");
    CHECK(log[0].application_id == app_id);
}

TEST_CASE_METHOD(contacts_fixture, "create_contact: the application must exist and be the actor's", "[usecases][contacts][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto bobs = app(bob);
    REQUIRE_ERROR(uc::create_contact(svc, ada, named("X", std::string("nope"))), error_kind::not_found,
                  "Application not found");
    REQUIRE_ERROR(uc::create_contact(svc, ada, named("X", bobs)), error_kind::forbidden, "Not your application");
    CHECK(names(ada).empty());
    CHECK(actions(ada).empty());
}

TEST_CASE_METHOD(contacts_fixture, "create_contact: validation before anything else", "[usecases][contacts][validation]") {
    const auto ada = user("ada");
    CHECK(uc::create_contact(svc, ada, named(std::string(255, 'n'))).has_value());
    REQUIRE_FIELD_ERRORS(uc::create_contact(svc, ada, named("")),
                         field_error{.path = {"name"}, .code = field_code::too_short, .limit = 1});
    auto cmd = named(std::string(256, 'n'), std::string("unknown-app"));
    cmd.email = std::string(256, 'e');
    cmd.phone = std::string(51, '1');
    cmd.role_title = std::string(256, 'r');
    cmd.company = std::string(256, 'c');
    cmd.linkedin_url = std::string(501, 'l');
    // The 422 wins over the unknown application.
    REQUIRE_FIELD_ERRORS(uc::create_contact(svc, ada, cmd),
                         field_error{.path = {"name"}, .code = field_code::too_long, .limit = 255},
                         field_error{.path = {"email"}, .code = field_code::too_long, .limit = 255},
                         field_error{.path = {"phone"}, .code = field_code::too_long, .limit = 50},
                         field_error{.path = {"role_title"}, .code = field_code::too_long, .limit = 255},
                         field_error{.path = {"company"}, .code = field_code::too_long, .limit = 255},
                         field_error{.path = {"linkedin_url"}, .code = field_code::too_long, .limit = 500});
    cmd = named("ok");
    cmd.phone = std::string(50, '1');
    cmd.linkedin_url = std::string(500, 'l');
    CHECK(uc::create_contact(svc, ada, cmd).has_value());
}

TEST_CASE_METHOD(contacts_fixture, "get_contact: 404, 403, own", "[usecases][contacts][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = contact(ada, named("Grace"));
    REQUIRE_ERROR(uc::get_contact(svc, ada, "missing"), error_kind::not_found, "Contact not found");
    REQUIRE_ERROR(uc::get_contact(svc, bob, id), error_kind::forbidden, "Not your contact");
    auto c = uc::get_contact(svc, ada, id);
    REQUIRE(c.has_value());
    CHECK(c->name == "Grace");
}

TEST_CASE_METHOD(contacts_fixture, "list_contacts: newest first, only the actor's, filters and paging", "[usecases][contacts][paging]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto a1 = app(ada);
    const auto a2 = app(ada);
    auto rec = named("One", a1);
    rec.contact_type = CT::recruiter;
    contact(ada, rec);
    contact(ada, named("Two", a2));
    auto peer = named("Three", a1);
    peer.contact_type = CT::peer;
    contact(ada, peer);
    contact(ada, named("Four"));
    contact(bob, named("Bob's"));

    CHECK(names(ada) == std::vector<std::string>{"Four", "Three", "Two", "One"});
    CHECK(names(bob) == std::vector<std::string>{"Bob's"});
    CHECK(names(ada, {a1, std::nullopt}) == std::vector<std::string>{"Three", "One"});
    CHECK(names(ada, {std::nullopt, CT::recruiter}) == std::vector<std::string>{"One"});
    CHECK(names(ada, {a1, CT::peer}) == std::vector<std::string>{"Three"});
    CHECK(names(ada, {a2, CT::peer}).empty());
    CHECK(names(ada, {}, {1, 2}) == std::vector<std::string>{"Three", "Two"});
    CHECK(names(ada, {}, {4, 10}).empty());
}

TEST_CASE_METHOD(contacts_fixture, "update_contact: partial, null clears, required fields refuse null", "[usecases][contacts]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    auto cmd = named("Grace", app_id);
    cmd.email = "g@example.com";
    cmd.notes = "n";
    const auto id = contact(ada, cmd);
    tick();

    uc::update_contact_command up;
    up.company = set<std::string>("Navy");
    up.contact_type = set(CT::referral);
    up.email = null<std::string>();
    up.application_id = null<domain::id>();
    auto c = uc::update_contact(svc, ada, id, up);
    REQUIRE(c.has_value());
    CHECK(c->name == "Grace");
    CHECK(c->company == "Navy");
    CHECK(c->contact_type == CT::referral);
    CHECK_FALSE(c->email.has_value());
    CHECK_FALSE(c->application_id.has_value());
    CHECK(c->notes == "n");
    CHECK(c->updated_at == clock.now());
    CHECK(c->created_at < c->updated_at);
    CHECK(store.begin(ports::access::read_only)->contacts().find(id) == *c);

    uc::update_contact_command bad;
    bad.name = null<std::string>();
    bad.contact_type = null<CT>();
    bad.phone = set(std::string(51, '1'));
    REQUIRE_FIELD_ERRORS(uc::update_contact(svc, ada, id, bad),
                         field_error{.path = {"name"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"contact_type"}, .code = field_code::wrong_type, .expected = "enum"},
                         field_error{.path = {"phone"}, .code = field_code::too_long, .limit = 50});
    // No activity for updates.
    CHECK(actions(ada, std::nullopt).size() == 2);
}

TEST_CASE_METHOD(contacts_fixture, "update_contact: check order contact 404/403, then the application's", "[usecases][contacts][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = contact(ada, named("Grace"));
    const auto bobs_app = app(bob);
    const auto own_app = app(ada);
    uc::update_contact_command up;
    up.application_id = set<domain::id>("missing-app");
    REQUIRE_ERROR(uc::update_contact(svc, ada, "missing", up), error_kind::not_found, "Contact not found");
    REQUIRE_ERROR(uc::update_contact(svc, bob, id, up), error_kind::forbidden, "Not your contact");
    REQUIRE_ERROR(uc::update_contact(svc, ada, id, up), error_kind::not_found, "Application not found");
    up.application_id = set(bobs_app);
    REQUIRE_ERROR(uc::update_contact(svc, ada, id, up), error_kind::forbidden, "Not your application");
    CHECK_FALSE(uc::get_contact(svc, ada, id)->application_id.has_value());
    up.application_id = set(own_app);
    auto c = uc::update_contact(svc, ada, id, up);
    REQUIRE(c.has_value());
    CHECK(c->application_id == own_app);
}

TEST_CASE_METHOD(contacts_fixture, "delete_contact: 404, 403, then gone", "[usecases][contacts]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = contact(ada, named("Grace"));
    REQUIRE_ERROR(uc::delete_contact(svc, ada, "missing"), error_kind::not_found, "Contact not found");
    REQUIRE_ERROR(uc::delete_contact(svc, bob, id), error_kind::forbidden, "Not your contact");
    CHECK(uc::get_contact(svc, ada, id).has_value());
    CHECK(uc::delete_contact(svc, ada, id).has_value());
    REQUIRE_ERROR(uc::get_contact(svc, ada, id), error_kind::not_found, "Contact not found");
}

TEST_CASE_METHOD(contacts_fixture, "deleting the application unlinks its contacts", "[usecases][contacts]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    const auto id = contact(ada, named("Grace", app_id));
    REQUIRE(uc::delete_application(svc, ada, app_id).has_value());
    auto c = uc::get_contact(svc, ada, id);
    REQUIRE(c.has_value());
    CHECK_FALSE(c->application_id.has_value());
}

TEST_CASE_METHOD(contacts_fixture, "create_contact counts towards the streak", "[usecases][contacts][streak]") {
    const auto ada = user("ada");
    contact(ada, named("Day one"));
    set_day(ymd(2026, 3, 16));
    contact(ada, named("Day two"));
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 2);
    CHECK(u->last_active_date == ymd(2026, 3, 16));
}
