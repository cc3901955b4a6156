// The activity log as a reader sees it: newest first, per user, per application (404/403), paged,
// and the whole pipeline's entries in order.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using S = domain::application_status;
using strings = std::vector<std::string>;

TEST_CASE_METHOD(core_fixture, "the pipeline's entries, newest first", "[usecases][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied, "Acme", "Engineer");
    stage(ada, id, "Phone Screen");
    tick();
    REQUIRE(uc::add_outcome(svc, ada, id, {}).has_value());
    tick();
    REQUIRE(uc::add_reflection(svc, ada, id, {}).has_value());
    tick();
    uc::update_application_command up;
    up.status = domain::patch<S>{std::optional<S>{S::accepted}};
    REQUIRE(uc::update_application(svc, ada, id, up).has_value());

    const auto log = activity(ada);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& e : log) got.emplace_back(e.action, e.description);
    CHECK(got == std::vector<std::pair<std::string, std::string>>{
                     {"Status Changed", "Status: Offer \xE2\x86\x92 Accepted"},
                     {"Reflection Added", "Added a post-interview reflection"},
                     {"Offer Added", "Recorded offer details"},
                     {"Status Changed", "Status: Interviewing \xE2\x86\x92 Offer (offer received)"},
                     {"Stage Added", "Added stage: Phone Screen"},
                     {"Status Changed", "Status: Applied \xE2\x86\x92 Interviewing (auto)"},
                     {"Application Created", "Created: Acme \xE2\x80\x94 Engineer"},
                 });
    CHECK(log[0].metadata_json == R"({"old_status":"Offer","new_status":"Accepted","auto":false})");
    for (std::size_t i = 1; i < log.size(); ++i) CHECK(log[i - 1].created_at > log[i].created_at);
    for (const auto& e : log) {
        CHECK(e.user_id == ada.user_id);
        CHECK(e.application_id == id);
    }
    // Every entry has its own id.
    for (std::size_t i = 0; i < log.size(); ++i)
        for (std::size_t j = i + 1; j < log.size(); ++j) CHECK(log[i].id != log[j].id);
}

TEST_CASE_METHOD(core_fixture, "each user sees only their own entries", "[usecases][activity]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    app(ada, std::nullopt, "A1");
    app(bob, std::nullopt, "B1");
    app(ada, std::nullopt, "A2");
    const auto a = activity(ada);
    REQUIRE(a.size() == 2);
    CHECK(a[0].description == "Created: A2 \xE2\x80\x94 Engineer");
    CHECK(a[1].description == "Created: A1 \xE2\x80\x94 Engineer");
    const auto b = activity(bob);
    REQUIRE(b.size() == 1);
    CHECK(b[0].description == "Created: B1 \xE2\x80\x94 Engineer");
}

TEST_CASE_METHOD(core_fixture, "filter by application: own only, 404 and 403", "[usecases][activity][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto one = app(ada, S::applied, "One");
    const auto two = app(ada, S::saved, "Two");
    stage(ada, one);
    stage(ada, two);
    CHECK(actions(ada, one) == strings{"Stage Added", "Status Changed", "Application Created"});
    CHECK(actions(ada, two) == strings{"Stage Added", "Application Created"});
    REQUIRE_ERROR(uc::list_activity(svc, ada, std::string("no-such-app"), {0, 50}), error_kind::not_found,
                  "Application not found");
    REQUIRE_ERROR(uc::list_activity(svc, bob, one, {0, 50}), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(core_fixture, "the log pages", "[usecases][activity]") {
    const auto ada = user("ada");
    for (const char* c : {"A", "B", "C", "D", "E"}) app(ada, std::nullopt, c);
    auto page = [&](std::size_t skip, std::size_t limit) {
        auto r = uc::list_activity(svc, ada, std::nullopt, {skip, limit});
        REQUIRE(r.has_value());
        std::string out;
        for (const auto& e : *r) out += e.description.substr(std::string("Created: ").size(), 1);
        return out;
    };
    CHECK(page(0, 50) == "EDCBA");
    CHECK(page(0, 2) == "ED");
    CHECK(page(2, 2) == "CB");
    CHECK(page(4, 2) == "A");
    CHECK(page(5, 2).empty());
}

TEST_CASE_METHOD(core_fixture, "a new user has an empty log", "[usecases][activity]") {
    const auto ada = user("ada");
    auto r = uc::list_activity(svc, ada, std::nullopt, {0, 50});
    REQUIRE(r.has_value());
    CHECK(r->empty());
}
