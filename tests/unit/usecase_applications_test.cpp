// Applications: create (with the Applied date stamp), get, list (nested, filtered, paged, newest first),
// update (partial, null rules, salary order on the merged record, manual status changes), delete (cascade).
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using S = domain::application_status;

namespace {

std::string repeat(char c, std::size_t n) { return std::string(n, c); }

uc::create_application_command basic(std::string company = "Acme", std::string role = "Engineer") {
    uc::create_application_command cmd;
    cmd.company_name = std::move(company);
    cmd.role_title = std::move(role);
    return cmd;
}

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "create: every field kept, defaults applied", "[usecases][applications]") {
    const auto ada = user("ada");
    const auto cv = resume(ada);
    tick();
    uc::create_application_command cmd = basic("Acme", "Engineer");
    cmd.url = "https://acme.example/jobs/1";
    cmd.description = "Build things";
    cmd.location = "Berlin";
    cmd.job_type = domain::job_type::full_time;
    cmd.work_mode = domain::work_mode::hybrid;
    cmd.salary_min = 90000;
    cmd.salary_max = 120000;
    cmd.salary_currency = "EUR";
    cmd.applied_source = domain::source::referral;
    cmd.follow_up_date = ymd(2026, 4, 1);
    cmd.priority = domain::priority::high;
    cmd.notes = "Ask about the team";
    cmd.resume_version_id = cv;
    auto v = uc::create_application(svc, ada, cmd);
    REQUIRE(v.has_value());
    const auto& a = v->application;
    CHECK(a.user_id == ada.user_id);
    CHECK(a.company_name == "Acme");
    CHECK(a.role_title == "Engineer");
    CHECK(a.url == cmd.url);
    CHECK(a.description == cmd.description);
    CHECK(a.location == cmd.location);
    CHECK(a.job_type == domain::job_type::full_time);
    CHECK(a.work_mode == domain::work_mode::hybrid);
    CHECK(a.salary_min == 90000);
    CHECK(a.salary_max == 120000);
    CHECK(a.salary_currency == "EUR");
    CHECK(a.applied_source == domain::source::referral);
    CHECK(a.follow_up_date == ymd(2026, 4, 1));
    CHECK(a.priority == domain::priority::high);
    CHECK(a.notes == cmd.notes);
    CHECK(a.resume_version_id == cv);
    CHECK(a.status == S::saved);              // default
    CHECK_FALSE(a.applied_date.has_value());  // not Applied: no stamp
    CHECK(a.created_at == clock.now());
    CHECK(a.updated_at == clock.now());
    CHECK(v->stages.empty());
    CHECK_FALSE(v->outcome.has_value());
    CHECK_FALSE(v->reflection.has_value());
    CHECK(stored_app(a.id) == a);
}

TEST_CASE_METHOD(core_fixture, "create: minimal body gets USD and Saved", "[usecases][applications]") {
    const auto ada = user("ada");
    auto v = uc::create_application(svc, ada, basic());
    REQUIRE(v.has_value());
    CHECK(v->application.salary_currency == "USD");
    CHECK(v->application.status == S::saved);
    CHECK_FALSE(v->application.url.has_value());
    CHECK_FALSE(v->application.resume_version_id.has_value());
}

TEST_CASE_METHOD(core_fixture, "create as Applied stamps today's date; a given date is kept", "[usecases][applications][status]") {
    const auto ada = user("ada");
    SECTION("no date given") {
        auto cmd = basic();
        cmd.status = S::applied;
        auto v = uc::create_application(svc, ada, cmd);
        REQUIRE(v.has_value());
        CHECK(v->application.status == S::applied);
        CHECK(v->application.applied_date == fixed_today());
        CHECK(stored_app(v->application.id)->applied_date == fixed_today());
    }
    SECTION("today is the clock's UTC day") {
        clock.set(at(2026, 12, 31, 23, 59, 59));
        auto cmd = basic();
        cmd.status = S::applied;
        auto v = uc::create_application(svc, ada, cmd);
        REQUIRE(v.has_value());
        CHECK(v->application.applied_date == ymd(2026, 12, 31));
    }
    SECTION("a date given") {
        auto cmd = basic();
        cmd.status = S::applied;
        cmd.applied_date = ymd(2026, 2, 1);
        auto v = uc::create_application(svc, ada, cmd);
        REQUIRE(v.has_value());
        CHECK(v->application.applied_date == ymd(2026, 2, 1));
    }
    SECTION("other statuses get no stamp") {
        for (S st : {S::saved, S::interviewing, S::offer, S::accepted, S::rejected, S::withdrawn}) {
            INFO(domain::to_string(st));
            auto cmd = basic();
            cmd.status = st;
            auto v = uc::create_application(svc, ada, cmd);
            REQUIRE(v.has_value());
            CHECK(v->application.status == st);
            CHECK_FALSE(v->application.applied_date.has_value());
        }
    }
    SECTION("another status with a date keeps the date") {
        auto cmd = basic();
        cmd.status = S::interviewing;
        cmd.applied_date = ymd(2026, 1, 5);
        auto v = uc::create_application(svc, ada, cmd);
        REQUIRE(v.has_value());
        CHECK(v->application.applied_date == ymd(2026, 1, 5));
    }
}

TEST_CASE_METHOD(core_fixture, "create writes 'Application Created' and counts towards the streak", "[usecases][applications][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada, std::nullopt, "Acme", "Engineer");
    const auto log = activity(ada);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "Application Created");
    CHECK(log[0].description == "Created: Acme \xE2\x80\x94 Engineer");  // an em dash
    CHECK(log[0].application_id == id);
    CHECK(log[0].user_id == ada.user_id);
    CHECK(log[0].metadata_json == "{}");
    CHECK(log[0].created_at == clock.now());
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 1);
    CHECK(u->last_active_date == fixed_today());
}

TEST_CASE_METHOD(core_fixture, "create: field boundaries", "[usecases][applications][validation]") {
    const auto ada = user("ada");
    SECTION("exact limits are accepted") {
        auto cmd = basic(repeat('c', 255), repeat('r', 255));
        cmd.url = repeat('u', 500);
        cmd.location = repeat('l', 255);
        cmd.salary_min = 0;
        cmd.salary_max = 0;
        cmd.salary_currency = "EUR";
        CHECK(uc::create_application(svc, ada, cmd).has_value());
    }
    SECTION("multi-byte company names are measured in characters") {
        std::string name;
        for (int i = 0; i < 255; ++i) name += "\xC3\xA9";
        CHECK(uc::create_application(svc, ada, basic(name)).has_value());
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, basic(name + "\xC3\xA9")),
                             field_error{.path = {"company_name"}, .code = field_code::too_long, .limit = 255});
    }
    SECTION("company_name") {
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, basic(repeat('c', 256))),
                             field_error{.path = {"company_name"}, .code = field_code::too_long, .limit = 255});
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, basic("")),
                             field_error{.path = {"company_name"}, .code = field_code::too_short, .limit = 1});
    }
    SECTION("role_title") {
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, basic("Acme", repeat('r', 256))),
                             field_error{.path = {"role_title"}, .code = field_code::too_long, .limit = 255});
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, basic("Acme", "")),
                             field_error{.path = {"role_title"}, .code = field_code::too_short, .limit = 1});
    }
    SECTION("url and location") {
        auto cmd = basic();
        cmd.url = repeat('u', 501);
        cmd.location = repeat('l', 256);
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"url"}, .code = field_code::too_long, .limit = 500},
                             field_error{.path = {"location"}, .code = field_code::too_long, .limit = 255});
    }
    SECTION("negative salaries") {
        auto cmd = basic();
        cmd.salary_min = -1;
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"salary_min"}, .code = field_code::below_minimum, .limit = 0});
        cmd = basic();
        cmd.salary_max = -1;
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"salary_max"}, .code = field_code::below_minimum, .limit = 0});
    }
    SECTION("salary_min above salary_max") {
        auto cmd = basic();
        cmd.salary_min = 100001;
        cmd.salary_max = 100000;
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"salary_max"}, .code = field_code::out_of_order, .other = "salary_min"});
        cmd.salary_min = 100000;
        CHECK(uc::create_application(svc, ada, cmd).has_value());  // equal is fine
    }
    SECTION("only one bound is never an order error") {
        auto cmd = basic();
        cmd.salary_min = 500000;
        CHECK(uc::create_application(svc, ada, cmd).has_value());
        cmd = basic();
        cmd.salary_max = 1;
        CHECK(uc::create_application(svc, ada, cmd).has_value());
    }
    SECTION("salary_currency is 1 to 3 characters") {
        auto cmd = basic();
        cmd.salary_currency = "USDX";
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"salary_currency"}, .code = field_code::too_long, .limit = 3});
        cmd.salary_currency = "";
        REQUIRE_FIELD_ERRORS(uc::create_application(svc, ada, cmd),
                             field_error{.path = {"salary_currency"}, .code = field_code::too_short, .limit = 1});
    }
    SECTION("nothing is written when validation fails") {
        REQUIRE_FALSE(uc::create_application(svc, ada, basic("")).has_value());
        auto list = uc::list_applications(svc, ada, {}, {0, 100});
        REQUIRE(list.has_value());
        CHECK(list->empty());
        CHECK(activity(ada).empty());
        CHECK(stored_user(ada.user_id)->streak_days == 0);
    }
}

TEST_CASE_METHOD(core_fixture, "create: the resume must exist and be the actor's", "[usecases][applications][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto bobs_cv = resume(bob);
    auto cmd = basic();
    cmd.resume_version_id = "no-such-resume";
    REQUIRE_ERROR(uc::create_application(svc, ada, cmd), error_kind::not_found, "Resume version not found");
    cmd.resume_version_id = bobs_cv;
    REQUIRE_ERROR(uc::create_application(svc, ada, cmd), error_kind::forbidden, "Not your resume");
    // Neither attempt left anything behind.
    CHECK(uc::list_applications(svc, ada, {}, {0, 100})->empty());
    CHECK(activity(ada).empty());
}

TEST_CASE_METHOD(core_fixture, "get: own application with its nested relations; 404; 403", "[usecases][applications]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada, S::applied);
    stage(ada, id, "Recruiter Call");
    stage(ada, id, "Technical");
    tick();
    REQUIRE(uc::add_outcome(svc, ada, id, {}).has_value());
    uc::create_reflection_command refl;
    refl.what_worked = "Prep";
    REQUIRE(uc::add_reflection(svc, ada, id, refl).has_value());

    auto v = uc::get_application(svc, ada, id);
    REQUIRE(v.has_value());
    CHECK(v->application.id == id);
    REQUIRE(v->stages.size() == 2);
    CHECK(v->stages[0].stage_name == "Recruiter Call");
    CHECK(v->stages[1].stage_name == "Technical");
    REQUIRE(v->outcome.has_value());
    CHECK(v->outcome->status == domain::outcome_status::offer);
    REQUIRE(v->reflection.has_value());
    CHECK(v->reflection->what_worked == std::optional<std::string>{"Prep"});

    REQUIRE_ERROR(uc::get_application(svc, ada, "no-such-app"), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::get_application(svc, bob, id), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(core_fixture, "list: own applications, newest first, each with its own nested records", "[usecases][applications][list]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto first = app(ada, S::applied, "First");
    const auto second = app(ada, S::saved, "Second");
    const auto third = app(ada, S::applied, "Third");
    app(bob, S::saved, "Bob's");
    stage(ada, first, "F1");
    stage(ada, third, "T1");
    stage(ada, first, "F2");
    tick();
    uc::create_outcome_command rejected;
    rejected.status = domain::outcome_status::rejected;
    REQUIRE(uc::add_outcome(svc, ada, third, rejected).has_value());
    REQUIRE(uc::add_reflection(svc, ada, second, {}).has_value());

    auto list = uc::list_applications(svc, ada, {}, {0, 100});
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 3);
    const auto& l = *list;
    CHECK(l[0].application.id == third);
    CHECK(l[1].application.id == second);
    CHECK(l[2].application.id == first);

    REQUIRE(l[0].stages.size() == 1);
    CHECK(l[0].stages[0].stage_name == "T1");
    REQUIRE(l[0].outcome.has_value());
    CHECK(l[0].outcome->status == domain::outcome_status::rejected);
    CHECK_FALSE(l[0].reflection.has_value());

    CHECK(l[1].stages.empty());
    CHECK_FALSE(l[1].outcome.has_value());
    REQUIRE(l[1].reflection.has_value());
    CHECK(l[1].reflection->application_id == second);

    REQUIRE(l[2].stages.size() == 2);
    CHECK(l[2].stages[0].stage_name == "F1");
    CHECK(l[2].stages[1].stage_name == "F2");
    CHECK_FALSE(l[2].outcome.has_value());
    CHECK_FALSE(l[2].reflection.has_value());

    // The nested view matches what get returns.
    auto single = uc::get_application(svc, ada, first);
    REQUIRE(single.has_value());
    CHECK(single->stages == l[2].stages);
    CHECK(single->application == l[2].application);
}

TEST_CASE_METHOD(core_fixture, "list: filters by status and priority, and pages", "[usecases][applications][list]") {
    const auto ada = user("ada");
    auto make = [&](std::string company, S status, std::optional<domain::priority> prio) {
        tick();
        auto cmd = basic(std::move(company));
        cmd.status = status;
        cmd.priority = prio;
        auto v = uc::create_application(svc, ada, cmd);
        REQUIRE(v.has_value());
    };
    make("A", S::saved, domain::priority::high);
    make("B", S::applied, domain::priority::low);
    make("C", S::applied, domain::priority::high);
    make("D", S::rejected, std::nullopt);
    make("E", S::applied, domain::priority::high);
    auto companies = [&](ports::application_filter f, ports::page p = {0, 100}) {
        auto r = uc::list_applications(svc, ada, f, p);
        REQUIRE(r.has_value());
        std::string out;
        for (const auto& v : *r) out += v.application.company_name;
        return out;
    };
    CHECK(companies({}) == "EDCBA");
    CHECK(companies({S::applied, std::nullopt}) == "ECB");
    CHECK(companies({std::nullopt, domain::priority::high}) == "ECA");
    CHECK(companies({S::applied, domain::priority::high}) == "EC");
    CHECK(companies({S::offer, std::nullopt}).empty());
    CHECK(companies({}, {1, 2}) == "DC");
    CHECK(companies({}, {4, 10}) == "A");
    CHECK(companies({}, {5, 10}).empty());
    CHECK(companies({S::applied, std::nullopt}, {1, 1}) == "C");
}

TEST_CASE_METHOD(core_fixture, "list of a user with no applications is empty", "[usecases][applications][list]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    app(bob);
    auto r = uc::list_applications(svc, ada, {}, {0, 100});
    REQUIRE(r.has_value());
    CHECK(r->empty());
}

TEST_CASE_METHOD(core_fixture, "update: sent fields change, omitted stay, null clears optional ones", "[usecases][applications][update]") {
    const auto ada = user("ada");
    auto cmd = basic();
    cmd.url = "https://a.example";
    cmd.notes = "old notes";
    cmd.location = "Paris";
    cmd.priority = domain::priority::low;
    auto created = uc::create_application(svc, ada, cmd);
    REQUIRE(created.has_value());
    const auto id = created->application.id;
    tick();

    uc::update_application_command up;
    up.role_title = set<std::string>("Senior Engineer");
    up.notes = null<std::string>();
    up.priority = null<domain::priority>();
    up.work_mode = set(domain::work_mode::remote);
    up.salary_currency = set<std::string>("GBP");
    auto v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    const auto& a = v->application;
    CHECK(a.company_name == "Acme");                                 // omitted: kept
    CHECK(a.role_title == "Senior Engineer");                        // set
    CHECK(a.url == std::optional<std::string>{"https://a.example"});  // omitted: kept
    CHECK(a.location == std::optional<std::string>{"Paris"});
    CHECK_FALSE(a.notes.has_value());                                 // null: cleared
    CHECK_FALSE(a.priority.has_value());
    CHECK(a.work_mode == domain::work_mode::remote);
    CHECK(a.salary_currency == "GBP");
    CHECK(a.status == S::saved);
    CHECK(a.updated_at == clock.now());
    CHECK(a.created_at == created->application.created_at);
    CHECK(stored_app(id) == a);
}

TEST_CASE_METHOD(core_fixture, "update: null for a required field is 422", "[usecases][applications][update][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    SECTION("company_name") {
        uc::update_application_command up;
        up.company_name = null<std::string>();
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up),
                             field_error{.path = {"company_name"}, .code = field_code::wrong_type, .expected = "string"});
    }
    SECTION("role_title") {
        uc::update_application_command up;
        up.role_title = null<std::string>();
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up),
                             field_error{.path = {"role_title"}, .code = field_code::wrong_type, .expected = "string"});
    }
    SECTION("salary_currency") {
        uc::update_application_command up;
        up.salary_currency = null<std::string>();
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up),
                             field_error{.path = {"salary_currency"}, .code = field_code::wrong_type, .expected = "string"});
    }
    SECTION("status") {
        uc::update_application_command up;
        up.status = null<S>();
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up),
                             field_error{.path = {"status"}, .code = field_code::wrong_type, .expected = "enum"});
    }
    // Nothing changed.
    CHECK(stored_app(id)->company_name == "Acme");
    CHECK(stored_app(id)->status == S::saved);
}

TEST_CASE_METHOD(core_fixture, "update: length and range boundaries", "[usecases][applications][update][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    uc::update_application_command ok;
    ok.company_name = set(repeat('c', 255));
    ok.role_title = set(repeat('r', 255));
    ok.url = set(repeat('u', 500));
    ok.location = set(repeat('l', 255));
    ok.salary_min = set(0LL);
    ok.salary_currency = set<std::string>("JPY");
    CHECK(uc::update_application(svc, ada, id, ok).has_value());

    uc::update_application_command bad;
    bad.company_name = set(repeat('c', 256));
    bad.role_title = set<std::string>("");
    bad.salary_currency = set<std::string>("ABCD");
    bad.url = set(repeat('u', 501));
    bad.location = set(repeat('l', 256));
    bad.salary_min = set(-1LL);
    bad.salary_max = set(-2LL);
    REQUIRE_FIELD_ERRORS(
        uc::update_application(svc, ada, id, bad),
        field_error{.path = {"company_name"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"role_title"}, .code = field_code::too_short, .limit = 1},
        field_error{.path = {"salary_currency"}, .code = field_code::too_long, .limit = 3},
        field_error{.path = {"url"}, .code = field_code::too_long, .limit = 500},
        field_error{.path = {"location"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"salary_min"}, .code = field_code::below_minimum, .limit = 0},
        field_error{.path = {"salary_max"}, .code = field_code::below_minimum, .limit = 0});
}

TEST_CASE_METHOD(core_fixture, "update: salary_min <= salary_max on the merged record", "[usecases][applications][update][validation]") {
    const auto ada = user("ada");
    auto cmd = basic();
    cmd.salary_min = 50000;
    cmd.salary_max = 80000;
    auto created = uc::create_application(svc, ada, cmd);
    REQUIRE(created.has_value());
    const auto id = created->application.id;
    const field_error order{.path = {"salary_max"}, .code = field_code::out_of_order, .other = "salary_min"};
    SECTION("both sent, in conflict") {
        uc::update_application_command up;
        up.salary_min = set(90000LL);
        up.salary_max = set(70000LL);
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up), order);
    }
    SECTION("only min sent, above the stored max") {
        uc::update_application_command up;
        up.salary_min = set(80001LL);
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up), order);
    }
    SECTION("only max sent, below the stored min") {
        uc::update_application_command up;
        up.salary_max = set(49999LL);
        REQUIRE_FIELD_ERRORS(uc::update_application(svc, ada, id, up), order);
    }
    SECTION("min raised to exactly the stored max is fine") {
        uc::update_application_command up;
        up.salary_min = set(80000LL);
        auto v = uc::update_application(svc, ada, id, up);
        REQUIRE(v.has_value());
        CHECK(v->application.salary_min == 80000);
        CHECK(v->application.salary_max == 80000);
    }
    SECTION("clearing max removes the conflict") {
        uc::update_application_command up;
        up.salary_min = set(900000LL);
        up.salary_max = null<long long>();
        auto v = uc::update_application(svc, ada, id, up);
        REQUIRE(v.has_value());
        CHECK(v->application.salary_min == 900000);
        CHECK_FALSE(v->application.salary_max.has_value());
    }
    SECTION("both moved together consistently") {
        uc::update_application_command up;
        up.salary_min = set(100000LL);
        up.salary_max = set(150000LL);
        CHECK(uc::update_application(svc, ada, id, up).has_value());
    }
}

TEST_CASE_METHOD(core_fixture, "update: refused updates change nothing", "[usecases][applications][update]") {
    const auto ada = user("ada");
    auto cmd = basic();
    cmd.salary_min = 50000;
    cmd.salary_max = 80000;
    auto created = uc::create_application(svc, ada, cmd);
    REQUIRE(created.has_value());
    uc::update_application_command up;
    up.role_title = set<std::string>("Changed");
    up.salary_min = set(90000LL);
    REQUIRE_FALSE(uc::update_application(svc, ada, created->application.id, up).has_value());
    CHECK(stored_app(created->application.id) == created->application);
    CHECK(activity(ada).size() == 1);  // only the creation
}

TEST_CASE_METHOD(core_fixture, "update: 404 and 403", "[usecases][applications][update][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    uc::update_application_command up;
    up.notes = set<std::string>("x");
    REQUIRE_ERROR(uc::update_application(svc, ada, "no-such-app", up), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::update_application(svc, bob, id, up), error_kind::forbidden, "Not your application");
    CHECK_FALSE(stored_app(id)->notes.has_value());
}

TEST_CASE_METHOD(core_fixture, "update: the resume must exist and be the actor's; null unlinks", "[usecases][applications][update][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto mine = resume(ada);
    const auto bobs = resume(bob);
    const auto id = app(ada);
    uc::update_application_command up;
    up.resume_version_id = set<domain::id>("no-such-resume");
    REQUIRE_ERROR(uc::update_application(svc, ada, id, up), error_kind::not_found, "Resume version not found");
    up.resume_version_id = set<domain::id>(bobs);
    REQUIRE_ERROR(uc::update_application(svc, ada, id, up), error_kind::forbidden, "Not your resume");
    up.resume_version_id = set<domain::id>(mine);
    auto v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    CHECK(v->application.resume_version_id == mine);
    up.resume_version_id = null<domain::id>();
    v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    CHECK_FALSE(v->application.resume_version_id.has_value());
}

TEST_CASE_METHOD(core_fixture, "update: Saved -> Applied stamps today", "[usecases][applications][update][status]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    set_day(ymd(2026, 3, 20));
    uc::update_application_command up;
    up.status = set(S::applied);
    auto v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    CHECK(v->application.status == S::applied);
    CHECK(v->application.applied_date == ymd(2026, 3, 20));
    CHECK(stored_app(id)->applied_date == ymd(2026, 3, 20));
}

TEST_CASE_METHOD(core_fixture, "update: Saved -> Applied with a date in the body keeps that date", "[usecases][applications][update][status]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    uc::update_application_command up;
    up.status = set(S::applied);
    up.applied_date = set(ymd(2026, 3, 1));
    auto v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    CHECK(v->application.applied_date == ymd(2026, 3, 1));
}

TEST_CASE_METHOD(core_fixture, "update: other moves to Applied do not stamp", "[usecases][applications][update][status]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::interviewing);
    uc::update_application_command up;
    up.status = set(S::applied);
    auto v = uc::update_application(svc, ada, id, up);
    REQUIRE(v.has_value());
    CHECK(v->application.status == S::applied);
    CHECK_FALSE(v->application.applied_date.has_value());
}

TEST_CASE_METHOD(core_fixture, "update: manual changes may go anywhere, backwards too", "[usecases][applications][update][status]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::accepted);
    for (S to : {S::saved, S::offer, S::rejected, S::withdrawn, S::interviewing, S::accepted}) {
        INFO(domain::to_string(to));
        tick();
        uc::update_application_command up;
        up.status = set(to);
        auto v = uc::update_application(svc, ada, id, up);
        REQUIRE(v.has_value());
        CHECK(v->application.status == to);
        CHECK(stored_app(id)->status == to);
    }
}

TEST_CASE_METHOD(core_fixture, "update: a manual status change is logged with auto false", "[usecases][applications][update][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    tick();
    uc::update_application_command up;
    up.status = set(S::applied);
    REQUIRE(uc::update_application(svc, ada, id, up).has_value());
    const auto log = activity(ada);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "Status Changed");
    CHECK(log[0].description == "Status: Saved \xE2\x86\x92 Applied");
    CHECK(log[0].metadata_json == R"({"old_status":"Saved","new_status":"Applied","auto":false})");
    CHECK(log[0].application_id == id);
    CHECK(log[1].action == "Application Created");
}

TEST_CASE_METHOD(core_fixture, "update: other changes are logged as 'Application Updated'", "[usecases][applications][update][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied, "Acme");
    SECTION("a plain field, named after the company as it was") {
        tick();
        uc::update_application_command up;
        up.company_name = set<std::string>("Acme Corp");
        REQUIRE(uc::update_application(svc, ada, id, up).has_value());
        const auto log = activity(ada);
        REQUIRE(log.size() == 2);
        CHECK(log[0].action == "Application Updated");
        CHECK(log[0].description == "Updated Acme");
        CHECK(log[0].metadata_json == "{}");
        CHECK(log[0].application_id == id);
    }
    SECTION("the status sent but unchanged") {
        tick();
        uc::update_application_command up;
        up.status = set(S::applied);
        REQUIRE(uc::update_application(svc, ada, id, up).has_value());
        CHECK(actions(ada) == std::vector<std::string>{"Application Updated", "Application Created"});
    }
}

TEST_CASE_METHOD(core_fixture, "update is not counted towards the streak", "[usecases][applications][update][streak]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    set_day(ymd(2026, 3, 16));
    uc::update_application_command up;
    up.notes = set<std::string>("x");
    REQUIRE(uc::update_application(svc, ada, id, up).has_value());
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 1);
    CHECK(u->last_active_date == fixed_today());
}

TEST_CASE_METHOD(core_fixture, "delete removes the application and its dependants only", "[usecases][applications][delete]") {
    const auto ada = user("ada");
    const auto gone = app(ada, S::applied, "Gone");
    const auto kept = app(ada, S::applied, "Kept");
    const auto gone_stage = stage(ada, gone);
    const auto kept_stage = stage(ada, kept);
    tick();
    REQUIRE(uc::add_outcome(svc, ada, gone, {}).has_value());
    REQUIRE(uc::add_outcome(svc, ada, kept, {}).has_value());
    REQUIRE(uc::add_reflection(svc, ada, gone, {}).has_value());
    REQUIRE(uc::add_reflection(svc, ada, kept, {}).has_value());
    const auto kept_log_before = activity(ada, kept);

    REQUIRE(uc::delete_application(svc, ada, gone).has_value());

    REQUIRE_ERROR(uc::get_application(svc, ada, gone), error_kind::not_found, "Application not found");
    {
        auto uow = store.begin(ports::access::read_only);
        CHECK_FALSE(uow->stages().find(gone_stage).has_value());
        CHECK_FALSE(uow->outcomes().find_for(gone).has_value());
        CHECK_FALSE(uow->reflections().find_for(gone).has_value());
        CHECK(uow->stages().find(kept_stage).has_value());
    }
    for (const auto& e : activity(ada)) CHECK(e.application_id != gone);

    auto other = uc::get_application(svc, ada, kept);
    REQUIRE(other.has_value());
    CHECK(other->stages.size() == 1);
    CHECK(other->outcome.has_value());
    CHECK(other->reflection.has_value());
    CHECK(activity(ada, kept) == kept_log_before);
    auto list = uc::list_applications(svc, ada, {}, {0, 100});
    REQUIRE(list->size() == 1);
    CHECK(list->front().application.id == kept);
}

TEST_CASE_METHOD(core_fixture, "delete: 404 and 403, and a refused delete keeps the record", "[usecases][applications][delete][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    REQUIRE_ERROR(uc::delete_application(svc, ada, "no-such-app"), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::delete_application(svc, bob, id), error_kind::forbidden, "Not your application");
    CHECK(stored_app(id).has_value());
    REQUIRE(uc::delete_application(svc, ada, id).has_value());
    REQUIRE_ERROR(uc::delete_application(svc, ada, id), error_kind::not_found, "Application not found");
}
