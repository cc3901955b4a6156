// Tags: defaults, per-user unique names (create and rename, pre-check and the store's race), validation, name
// order, 404/403, delete removing every assignment; assign/unassign with their check order, duplicates,
// the activity entry, and listing an application's tags with the nested tag.
#include <offertracker/usecases/tags.hpp>

#include <offertracker/adapters/memory/forwarding_unit_of_work.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

struct tags_fixture : core_fixture {
    domain::id tag(const uc::actor& who, std::string name, std::optional<std::string> color = std::nullopt) {
        tick();
        auto t = uc::create_tag(svc, who, {std::move(name), std::move(color)});
        REQUIRE(t.has_value());
        return t->id;
    }
    std::vector<std::string> names(const uc::actor& who) {
        auto list = uc::list_tags(svc, who);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& t : *list) out.push_back(t.name);
        return out;
    }
    std::vector<std::string> tags_on(const uc::actor& who, const domain::id& app_id) {
        auto list = uc::list_application_tags(svc, who, app_id);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& v : *list) {
            REQUIRE(v.tag.has_value());
            CHECK(v.tag->id == v.link.tag_id);
            CHECK(v.link.application_id == app_id);
            out.push_back(v.tag->name);
        }
        std::sort(out.begin(), out.end());
        return out;
    }
};

// A store whose tag inserts, renames and assignments always hit the unique key, as when another request
// commits the same name (or assignment) between the pre-check and the write.
class racing_tag_repository : public ports::tag_repository {
public:
    explicit racing_tag_repository(ports::tag_repository& inner) : inner_(inner) {}
    void insert(const domain::tag&) override { throw ports::unique_violation("tags_user_id_name_key"); }
    void update(const domain::tag&) override { throw ports::unique_violation("tags_user_id_name_key"); }
    void remove(const domain::id& id) override { inner_.remove(id); }
    std::optional<domain::tag> find(const domain::id& id) override { return inner_.find(id); }
    std::optional<domain::tag> find_by_name(const domain::id& u, std::string_view n) override {
        return inner_.find_by_name(u, n);
    }
    std::vector<domain::tag> list(const domain::id& u) override { return inner_.list(u); }
    void assign(const domain::application_tag&) override { throw ports::unique_violation("application_tags_key"); }
    bool unassign(const domain::id& a, const domain::id& t) override { return inner_.unassign(a, t); }
    std::vector<std::pair<domain::application_tag, domain::tag>> list_for(const domain::id& a) override {
        return inner_.list_for(a);
    }

private:
    ports::tag_repository& inner_;
};

class racing_uow : public adapters::memory::forwarding_unit_of_work {
public:
    explicit racing_uow(std::unique_ptr<ports::unit_of_work> inner)
        : forwarding_unit_of_work(std::move(inner)), tags_(this->inner().tags()) {}
    ports::tag_repository& tags() override { return tags_; }

private:
    racing_tag_repository tags_;
};

class racing_store : public ports::store {
public:
    explicit racing_store(ports::store& inner) : inner_(inner) {}
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        return std::make_unique<racing_uow>(inner_.begin(mode));
    }

private:
    ports::store& inner_;
};

}  // namespace

TEST_CASE_METHOD(tags_fixture, "create_tag: default colour, stored, counts towards the streak; no activity", "[usecases][tags]") {
    const auto ada = user("ada");
    set_day(ymd(2026, 3, 16));
    auto t = uc::create_tag(svc, ada, {"remote", std::nullopt});
    REQUIRE(t.has_value());
    CHECK(t->user_id == ada.user_id);
    CHECK(t->name == "remote");
    CHECK(t->color == "#6366f1");
    CHECK(t->created_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->tags().find(t->id) == *t);
    CHECK(stored_user(ada.user_id)->last_active_date == ymd(2026, 3, 16));
    CHECK(actions(ada).empty());
    auto red = uc::create_tag(svc, ada, {"urgent", "#ff0000"});
    REQUIRE(red.has_value());
    CHECK(red->color == "#ff0000");
}

TEST_CASE_METHOD(tags_fixture, "create_tag: names are unique per user, exact and case-sensitive", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    tag(ada, "remote");
    REQUIRE_ERROR(uc::create_tag(svc, ada, {"remote", "#000000"}), error_kind::rule_violation,
                  "Tag with this name already exists");
    CHECK(uc::create_tag(svc, ada, {"Remote", std::nullopt}).has_value());
    CHECK(uc::create_tag(svc, bob, {"remote", std::nullopt}).has_value());
    CHECK(names(ada) == std::vector<std::string>{"Remote", "remote"});
}

TEST_CASE_METHOD(tags_fixture, "create_tag: validation", "[usecases][tags][validation]") {
    const auto ada = user("ada");
    CHECK(uc::create_tag(svc, ada, {std::string(50, 'n'), "#123456"}).has_value());
    REQUIRE_FIELD_ERRORS(uc::create_tag(svc, ada, {std::string(51, 'n'), "#1234567"}),
                         field_error{.path = {"name"}, .code = field_code::too_long, .limit = 50},
                         field_error{.path = {"color"}, .code = field_code::too_long, .limit = 7});
    REQUIRE_FIELD_ERRORS(uc::create_tag(svc, ada, {"", ""}),
                         field_error{.path = {"name"}, .code = field_code::too_short, .limit = 1},
                         field_error{.path = {"color"}, .code = field_code::too_short, .limit = 1});
    // No hex check: any short text is a colour.
    CHECK(uc::create_tag(svc, ada, {"plain", "red"}).has_value());
}

TEST_CASE_METHOD(tags_fixture, "list_tags: by name, only the actor's", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    tag(ada, "zeta");
    tag(ada, "alpha");
    tag(bob, "beta");
    tag(ada, "Mid");
    CHECK(names(ada) == std::vector<std::string>{"Mid", "alpha", "zeta"});
    CHECK(names(bob) == std::vector<std::string>{"beta"});
}

TEST_CASE_METHOD(tags_fixture, "update_tag: rename and recolour; duplicate 400; 404/403; null 422", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = tag(ada, "remote");
    tag(ada, "onsite");
    const auto bobs = tag(bob, "bob");

    auto t = uc::update_tag(svc, ada, id, {set<std::string>("hybrid"), std::nullopt});
    REQUIRE(t.has_value());
    CHECK(t->name == "hybrid");
    CHECK(t->color == "#6366f1");
    t = uc::update_tag(svc, ada, id, {std::nullopt, set<std::string>("#00ff00")});
    REQUIRE(t.has_value());
    CHECK(t->name == "hybrid");
    CHECK(t->color == "#00ff00");
    // Renaming to its own name is not a clash.
    CHECK(uc::update_tag(svc, ada, id, {set<std::string>("hybrid"), std::nullopt}).has_value());
    REQUIRE_ERROR(uc::update_tag(svc, ada, id, {set<std::string>("onsite"), std::nullopt}), error_kind::rule_violation,
                  "Tag with this name already exists");
    CHECK(store.begin(ports::access::read_only)->tags().find(id)->name == "hybrid");
    // Another user's name is free.
    CHECK(uc::update_tag(svc, ada, id, {set<std::string>("bob"), std::nullopt}).has_value());

    REQUIRE_ERROR(uc::update_tag(svc, ada, "missing", {set<std::string>("x"), std::nullopt}), error_kind::not_found,
                  "Tag not found");
    REQUIRE_ERROR(uc::update_tag(svc, ada, bobs, {set<std::string>("x"), std::nullopt}), error_kind::forbidden,
                  "Not your tag");
    REQUIRE_FIELD_ERRORS(uc::update_tag(svc, ada, id, {null<std::string>(), null<std::string>()}),
                         field_error{.path = {"name"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"color"}, .code = field_code::wrong_type, .expected = "string"});
    REQUIRE_FIELD_ERRORS(uc::update_tag(svc, ada, id, {set(std::string(51, 'n')), set(std::string(8, 'c'))}),
                         field_error{.path = {"name"}, .code = field_code::too_long, .limit = 50},
                         field_error{.path = {"color"}, .code = field_code::too_long, .limit = 7});
}

TEST_CASE_METHOD(tags_fixture, "a unique violation from the store (a race) is the same 400", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    const auto id = tag(ada, "remote");
    racing_store racing(store);
    uc::services racing_svc{racing, clock, ids, hasher, tokens, files, log, throttle};
    REQUIRE_ERROR(uc::create_tag(racing_svc, ada, {"fresh", std::nullopt}), error_kind::rule_violation,
                  "Tag with this name already exists");
    REQUIRE_ERROR(uc::update_tag(racing_svc, ada, id, {set<std::string>("fresh"), std::nullopt}),
                  error_kind::rule_violation, "Tag with this name already exists");
    REQUIRE_ERROR(uc::assign_tag(racing_svc, ada, app_id, id), error_kind::rule_violation,
                  "Tag already assigned to this application");
    CHECK(names(ada) == std::vector<std::string>{"remote"});
    CHECK(tags_on(ada, app_id).empty());
    CHECK(actions(ada, app_id) == std::vector<std::string>{"Application Created"});
}

TEST_CASE_METHOD(tags_fixture, "assign_tag: 201 view without nested tag, logged; listed with the tag", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    const auto remote = tag(ada, "remote");
    const auto urgent = tag(ada, "urgent");
    tick();
    auto v = uc::assign_tag(svc, ada, app_id, remote);
    REQUIRE(v.has_value());
    CHECK(v->link.application_id == app_id);
    CHECK(v->link.tag_id == remote);
    CHECK(v->link.user_id == ada.user_id);
    CHECK(v->link.created_at == clock.now());
    CHECK_FALSE(v->tag.has_value());
    REQUIRE(uc::assign_tag(svc, ada, app_id, urgent).has_value());
    CHECK(tags_on(ada, app_id) == std::vector<std::string>{"remote", "urgent"});

    const auto log = activity(ada, app_id);
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "Tag Assigned");
    CHECK(log[0].description == "Tagged application with 'urgent'");
    CHECK(log[1].description == "Tagged application with 'remote'");
    CHECK(log[0].application_id == app_id);

    REQUIRE_ERROR(uc::assign_tag(svc, ada, app_id, remote), error_kind::rule_violation,
                  "Tag already assigned to this application");
    CHECK(actions(ada, app_id).size() == 3);
}

TEST_CASE_METHOD(tags_fixture, "assign_tag: application 404, 403, then Tag not found (also someone else's)", "[usecases][tags][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto app_id = app(ada);
    const auto bobs_app = app(bob);
    const auto mine = tag(ada, "mine");
    const auto bobs_tag = tag(bob, "bob's");
    REQUIRE_ERROR(uc::assign_tag(svc, ada, "missing", "missing"), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::assign_tag(svc, ada, bobs_app, "missing"), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::assign_tag(svc, ada, bobs_app, mine), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::assign_tag(svc, ada, app_id, "missing"), error_kind::not_found, "Tag not found");
    REQUIRE_ERROR(uc::assign_tag(svc, ada, app_id, bobs_tag), error_kind::not_found, "Tag not found");
    CHECK(tags_on(ada, app_id).empty());
    REQUIRE_ERROR(uc::list_application_tags(svc, ada, "missing"), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::list_application_tags(svc, ada, bobs_app), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(tags_fixture, "unassign_tag: removes; 404 when not assigned; application checks first", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto app_id = app(ada);
    const auto other = app(ada);
    const auto remote = tag(ada, "remote");
    REQUIRE(uc::assign_tag(svc, ada, app_id, remote).has_value());
    REQUIRE(uc::assign_tag(svc, ada, other, remote).has_value());
    REQUIRE_ERROR(uc::unassign_tag(svc, bob, app_id, remote), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::unassign_tag(svc, ada, "missing", remote), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::unassign_tag(svc, ada, app_id, "missing"), error_kind::not_found,
                  "Tag not assigned to this application");
    CHECK(uc::unassign_tag(svc, ada, app_id, remote).has_value());
    CHECK(tags_on(ada, app_id).empty());
    CHECK(tags_on(ada, other) == std::vector<std::string>{"remote"});
    REQUIRE_ERROR(uc::unassign_tag(svc, ada, app_id, remote), error_kind::not_found,
                  "Tag not assigned to this application");
    // It can be assigned again.
    CHECK(uc::assign_tag(svc, ada, app_id, remote).has_value());
}

TEST_CASE_METHOD(tags_fixture, "delete_tag: 404/403; removes it from every application", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto a1 = app(ada);
    const auto a2 = app(ada);
    const auto remote = tag(ada, "remote");
    const auto keep = tag(ada, "keep");
    for (const auto& a : {a1, a2}) REQUIRE(uc::assign_tag(svc, ada, a, remote).has_value());
    REQUIRE(uc::assign_tag(svc, ada, a1, keep).has_value());
    REQUIRE_ERROR(uc::delete_tag(svc, ada, "missing"), error_kind::not_found, "Tag not found");
    REQUIRE_ERROR(uc::delete_tag(svc, bob, remote), error_kind::forbidden, "Not your tag");
    CHECK(uc::delete_tag(svc, ada, remote).has_value());
    CHECK(names(ada) == std::vector<std::string>{"keep"});
    CHECK(tags_on(ada, a1) == std::vector<std::string>{"keep"});
    CHECK(tags_on(ada, a2).empty());
    // The name is free again.
    CHECK(uc::create_tag(svc, ada, {"remote", std::nullopt}).has_value());
}

TEST_CASE_METHOD(tags_fixture, "deleting an application removes its tag links, not the tags", "[usecases][tags]") {
    const auto ada = user("ada");
    const auto a1 = app(ada);
    const auto remote = tag(ada, "remote");
    REQUIRE(uc::assign_tag(svc, ada, a1, remote).has_value());
    REQUIRE(uc::delete_application(svc, ada, a1).has_value());
    CHECK(names(ada) == std::vector<std::string>{"remote"});
    CHECK(store.begin(ports::access::read_only)->tags().list_for(a1).empty());
}
