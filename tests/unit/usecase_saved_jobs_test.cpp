// Saved jobs: defaults, validation (lengths, excitement 1-5, salary range order on create and on the merged
// update), 404/403, list order, filters and paging, Active/Archived updates and the Converted 400, and convert:
// the copied fields, source -> applied_source, the 400s, the activity entry and the streak.
#include <offertracker/usecases/saved_jobs.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using SJ = domain::saved_job_status;
using P = domain::priority;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_saved_job_command job(std::string company, std::optional<std::string> role = std::nullopt) {
    uc::create_saved_job_command cmd;
    cmd.company_name = std::move(company);
    cmd.role_title = std::move(role);
    return cmd;
}

struct saved_jobs_fixture : core_fixture {
    domain::id saved(const uc::actor& who, const uc::create_saved_job_command& cmd) {
        tick();
        auto j = uc::create_saved_job(svc, who, cmd);
        REQUIRE(j.has_value());
        return j->id;
    }
    std::vector<std::string> companies(const uc::actor& who, const ports::saved_job_filter& f = {},
                                       ports::page p = {0, 100}) {
        auto list = uc::list_saved_jobs(svc, who, f, p);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& j : *list) out.push_back(j.company_name);
        return out;
    }
    domain::saved_job stored(const domain::id& id) {
        auto j = store.begin(ports::access::read_only)->saved_jobs().find(id);
        REQUIRE(j.has_value());
        return *j;
    }
};

}  // namespace

TEST_CASE_METHOD(saved_jobs_fixture, "create_saved_job: defaults, stored, logged without an application, streak", "[usecases][saved_jobs]") {
    const auto ada = user("ada");
    set_day(ymd(2026, 3, 16));
    auto j = uc::create_saved_job(svc, ada, job("Acme"));
    REQUIRE(j.has_value());
    CHECK(j->user_id == ada.user_id);
    CHECK(j->company_name == "Acme");
    CHECK_FALSE(j->role_title.has_value());
    CHECK(j->salary_currency == "USD");
    CHECK(j->priority == P::medium);
    CHECK(j->status == SJ::active);
    CHECK_FALSE(j->excitement_level.has_value());
    CHECK_FALSE(j->converted_to_application_id.has_value());
    CHECK(j->created_at == clock.now());
    CHECK(stored(j->id) == *j);
    CHECK(stored_user(ada.user_id)->last_active_date == ymd(2026, 3, 16));

    tick();
    REQUIRE(uc::create_saved_job(svc, ada, job("Globex", "SRE")).has_value());
    const auto log = activity(ada);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "Application Created");
    CHECK(log[0].description == "Saved job: Globex \xE2\x80\x94 SRE");
    CHECK(log[1].description == "Saved job: Acme");
    CHECK_FALSE(log[0].application_id.has_value());
    CHECK(log[0].metadata_json == "{}");
}

TEST_CASE_METHOD(saved_jobs_fixture, "create_saved_job: every field kept", "[usecases][saved_jobs]") {
    const auto ada = user("ada");
    auto cmd = job("Acme", "Engineer");
    cmd.url = "https://acme.example/jobs/1";
    cmd.company_website = "https://acme.example";
    cmd.location = "Berlin";
    cmd.job_type = domain::job_type::contract;
    cmd.work_mode = domain::work_mode::hybrid;
    cmd.salary_range_min = 50000;
    cmd.salary_range_max = 50000;
    cmd.salary_currency = "EUR";
    cmd.priority = P::high;
    cmd.source = "a friend";
    cmd.notes = "n";
    cmd.deadline = ymd(2026, 4, 1);
    cmd.excitement_level = 5;
    auto j = uc::create_saved_job(svc, ada, cmd);
    REQUIRE(j.has_value());
    CHECK(j->url == cmd.url);
    CHECK(j->company_website == cmd.company_website);
    CHECK(j->location == cmd.location);
    CHECK(j->job_type == domain::job_type::contract);
    CHECK(j->work_mode == domain::work_mode::hybrid);
    CHECK(j->salary_range_min == 50000);
    CHECK(j->salary_range_max == 50000);
    CHECK(j->salary_currency == "EUR");
    CHECK(j->priority == P::high);
    CHECK(j->source == "a friend");
    CHECK(j->notes == "n");
    CHECK(j->deadline == ymd(2026, 4, 1));
    CHECK(j->excitement_level == 5);
}

TEST_CASE_METHOD(saved_jobs_fixture, "create_saved_job: validation", "[usecases][saved_jobs][validation]") {
    const auto ada = user("ada");
    auto cmd = job(std::string(256, 'c'), std::string(256, 'r'));
    cmd.url = std::string(501, 'u');
    cmd.company_website = std::string(501, 'w');
    cmd.location = std::string(256, 'l');
    cmd.salary_range_min = -1;
    cmd.salary_range_max = -2;
    cmd.salary_currency = "EURO";
    cmd.source = std::string(256, 's');
    cmd.excitement_level = 0;
    REQUIRE_FIELD_ERRORS(
        uc::create_saved_job(svc, ada, cmd),
        field_error{.path = {"company_name"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"role_title"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"url"}, .code = field_code::too_long, .limit = 500},
        field_error{.path = {"company_website"}, .code = field_code::too_long, .limit = 500},
        field_error{.path = {"location"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"salary_range_min"}, .code = field_code::below_minimum, .limit = 0},
        field_error{.path = {"salary_range_max"}, .code = field_code::below_minimum, .limit = 0},
        field_error{.path = {"salary_currency"}, .code = field_code::too_long, .limit = 3},
        field_error{.path = {"source"}, .code = field_code::too_long, .limit = 255},
        field_error{.path = {"excitement_level"}, .code = field_code::below_minimum, .limit = 1},
        field_error{.path = {"salary_range_max"}, .code = field_code::out_of_order, .other = "salary_range_min"});
    auto six = job("Acme");
    six.excitement_level = 6;
    REQUIRE_FIELD_ERRORS(uc::create_saved_job(svc, ada, six),
                         field_error{.path = {"excitement_level"}, .code = field_code::above_maximum, .limit = 5});
    REQUIRE_FIELD_ERRORS(uc::create_saved_job(svc, ada, job("")),
                         field_error{.path = {"company_name"}, .code = field_code::too_short, .limit = 1});
    for (long long level = 1; level <= 5; ++level) {
        auto ok = job("Acme");
        ok.excitement_level = level;
        CHECK(uc::create_saved_job(svc, ada, ok).has_value());
    }
    CHECK(companies(ada).size() == 5);
}

TEST_CASE_METHOD(saved_jobs_fixture, "get, list: 404/403, newest first, filters, paging", "[usecases][saved_jobs][paging]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    auto high = job("High");
    high.priority = P::high;
    const auto high_id = saved(ada, high);
    saved(ada, job("Medium"));
    auto low = job("Low");
    low.priority = P::low;
    const auto low_id = saved(ada, low);
    saved(bob, job("Bob's"));
    uc::update_saved_job_command archive;
    archive.status = set(SJ::archived);
    REQUIRE(uc::update_saved_job(svc, ada, low_id, archive).has_value());

    REQUIRE_ERROR(uc::get_saved_job(svc, ada, "missing"), error_kind::not_found, "Saved job not found");
    REQUIRE_ERROR(uc::get_saved_job(svc, bob, high_id), error_kind::forbidden, "Not your saved job");
    CHECK(uc::get_saved_job(svc, ada, high_id)->company_name == "High");

    CHECK(companies(ada) == std::vector<std::string>{"Low", "Medium", "High"});
    CHECK(companies(ada, {SJ::active, std::nullopt}) == std::vector<std::string>{"Medium", "High"});
    CHECK(companies(ada, {SJ::archived, std::nullopt}) == std::vector<std::string>{"Low"});
    CHECK(companies(ada, {SJ::converted, std::nullopt}).empty());
    CHECK(companies(ada, {std::nullopt, P::high}) == std::vector<std::string>{"High"});
    CHECK(companies(ada, {SJ::archived, P::high}).empty());
    CHECK(companies(ada, {}, {1, 1}) == std::vector<std::string>{"Medium"});
    CHECK(companies(bob) == std::vector<std::string>{"Bob's"});
}

TEST_CASE_METHOD(saved_jobs_fixture, "update_saved_job: partial, null clears, Active/Archived, no activity", "[usecases][saved_jobs]") {
    const auto ada = user("ada");
    auto cmd = job("Acme", "Engineer");
    cmd.salary_range_min = 100;
    cmd.salary_range_max = 200;
    cmd.excitement_level = 3;
    cmd.notes = "n";
    const auto id = saved(ada, cmd);
    tick();
    uc::update_saved_job_command up;
    up.status = set(SJ::archived);
    up.priority = set(P::low);
    up.excitement_level = null<long long>();
    up.role_title = null<std::string>();
    up.location = set<std::string>("Remote");
    auto j = uc::update_saved_job(svc, ada, id, up);
    REQUIRE(j.has_value());
    CHECK(j->status == SJ::archived);
    CHECK(j->priority == P::low);
    CHECK_FALSE(j->excitement_level.has_value());
    CHECK_FALSE(j->role_title.has_value());
    CHECK(j->location == "Remote");
    CHECK(j->notes == "n");
    CHECK(j->salary_range_min == 100);
    CHECK(j->updated_at == clock.now());
    CHECK(stored(id) == *j);

    uc::update_saved_job_command back;
    back.status = set(SJ::active);
    back.excitement_level = set(4LL);
    j = uc::update_saved_job(svc, ada, id, back);
    REQUIRE(j.has_value());
    CHECK(j->status == SJ::active);
    CHECK(j->excitement_level == 4);
    CHECK(actions(ada) == std::vector<std::string>{"Application Created"});
}

TEST_CASE_METHOD(saved_jobs_fixture, "update_saved_job: salary order on the merged record", "[usecases][saved_jobs][validation]") {
    const auto ada = user("ada");
    auto cmd = job("Acme");
    cmd.salary_range_min = 100;
    cmd.salary_range_max = 200;
    const auto id = saved(ada, cmd);
    uc::update_saved_job_command up;
    up.salary_range_min = set(300LL);
    REQUIRE_FIELD_ERRORS(uc::update_saved_job(svc, ada, id, up),
                         field_error{.path = {"salary_range_max"}, .code = field_code::out_of_order, .other = "salary_range_min"});
    up.salary_range_max = null<long long>();
    auto j = uc::update_saved_job(svc, ada, id, up);
    REQUIRE(j.has_value());
    CHECK(j->salary_range_min == 300);
    CHECK_FALSE(j->salary_range_max.has_value());
}

TEST_CASE_METHOD(saved_jobs_fixture, "update_saved_job: Converted is 400 after 404/403; null required 422", "[usecases][saved_jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = saved(ada, job("Acme"));
    uc::update_saved_job_command conv;
    conv.status = set(SJ::converted);
    REQUIRE_ERROR(uc::update_saved_job(svc, ada, "missing", conv), error_kind::not_found, "Saved job not found");
    REQUIRE_ERROR(uc::update_saved_job(svc, bob, id, conv), error_kind::forbidden, "Not your saved job");
    const auto refused = uc::update_saved_job(svc, ada, id, conv);
    REQUIRE_ERROR(refused, error_kind::rule_violation,
                  "A saved job becomes an application by conversion, not by an update.");
    CHECK(refused.error().instead == domain::alternative::convert);
    CHECK(stored(id).status == SJ::active);

    uc::update_saved_job_command bad;
    bad.company_name = null<std::string>();
    bad.salary_currency = null<std::string>();
    bad.priority = null<P>();
    bad.status = null<SJ>();
    bad.excitement_level = set(9LL);
    REQUIRE_FIELD_ERRORS(uc::update_saved_job(svc, ada, id, bad),
                         field_error{.path = {"company_name"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"salary_currency"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"priority"}, .code = field_code::wrong_type, .expected = "enum"},
                         field_error{.path = {"status"}, .code = field_code::wrong_type, .expected = "enum"},
                         field_error{.path = {"excitement_level"}, .code = field_code::above_maximum, .limit = 5});
}

TEST_CASE_METHOD(saved_jobs_fixture, "delete_saved_job: 404, 403, gone", "[usecases][saved_jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = saved(ada, job("Acme"));
    REQUIRE_ERROR(uc::delete_saved_job(svc, ada, "missing"), error_kind::not_found, "Saved job not found");
    REQUIRE_ERROR(uc::delete_saved_job(svc, bob, id), error_kind::forbidden, "Not your saved job");
    CHECK(uc::delete_saved_job(svc, ada, id).has_value());
    REQUIRE_ERROR(uc::get_saved_job(svc, ada, id), error_kind::not_found, "Saved job not found");
}

TEST_CASE_METHOD(saved_jobs_fixture, "convert_saved_job: a Saved application with the copied fields", "[usecases][saved_jobs][convert]") {
    const auto ada = user("ada");
    auto cmd = job("Acme", "Engineer");
    cmd.url = "https://acme.example/jobs/1";
    cmd.company_website = "https://acme.example";
    cmd.location = "Berlin";
    cmd.job_type = domain::job_type::full_time;
    cmd.work_mode = domain::work_mode::remote;
    cmd.salary_range_min = 90000;
    cmd.salary_range_max = 120000;
    cmd.salary_currency = "EUR";
    cmd.priority = P::high;
    cmd.source = "LinkedIn";
    cmd.notes = "dream job";
    cmd.deadline = ymd(2026, 4, 1);
    cmd.excitement_level = 5;
    const auto id = saved(ada, cmd);
    set_day(ymd(2026, 3, 16));

    auto v = uc::convert_saved_job(svc, ada, id);
    REQUIRE(v.has_value());
    const auto& a = v->application;
    CHECK(a.user_id == ada.user_id);
    CHECK(a.company_name == "Acme");
    CHECK(a.role_title == "Engineer");
    CHECK(a.url == cmd.url);
    CHECK(a.location == "Berlin");
    CHECK(a.job_type == domain::job_type::full_time);
    CHECK(a.work_mode == domain::work_mode::remote);
    CHECK(a.salary_min == 90000);
    CHECK(a.salary_max == 120000);
    CHECK(a.salary_currency == "EUR");
    CHECK(a.priority == P::high);
    CHECK(a.applied_source == domain::source::linkedin);
    CHECK(a.notes == "dream job");
    CHECK(a.status == domain::application_status::saved);
    CHECK_FALSE(a.applied_date.has_value());
    CHECK_FALSE(a.follow_up_date.has_value());
    CHECK_FALSE(a.description.has_value());
    CHECK_FALSE(a.resume_version_id.has_value());
    CHECK(a.created_at == clock.now());
    CHECK(v->stages.empty());
    CHECK_FALSE(v->outcome.has_value());
    CHECK_FALSE(v->reflection.has_value());
    CHECK(stored_app(a.id) == a);

    const auto j = stored(id);
    CHECK(j.status == SJ::converted);
    CHECK(j.converted_to_application_id == a.id);
    CHECK(j.updated_at == clock.now());

    const auto log = activity(ada, a.id);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "Application Created");
    CHECK(log[0].description == "Converted saved job to application: Acme \xE2\x80\x94 Engineer");
    CHECK(log[0].metadata_json == R"({"source":"saved_job","saved_job_id":")" + id + "\"}");
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 2);
    CHECK(u->last_active_date == ymd(2026, 3, 16));
}

TEST_CASE_METHOD(saved_jobs_fixture, "convert_saved_job: a free-text source is not an applied_source", "[usecases][saved_jobs][convert]") {
    const auto ada = user("ada");
    for (const char* text : {"a friend", "linkedin", "Company Website ", ""}) {
        INFO(text);
        auto cmd = job("Acme", "Engineer");
        cmd.source = text;
        auto v = uc::convert_saved_job(svc, ada, saved(ada, cmd));
        REQUIRE(v.has_value());
        CHECK_FALSE(v->application.applied_source.has_value());
    }
    auto cmd = job("Acme", "Engineer");
    cmd.source = "Company Website";
    auto v = uc::convert_saved_job(svc, ada, saved(ada, cmd));
    REQUIRE(v.has_value());
    CHECK(v->application.applied_source == domain::source::company_website);
    auto none = uc::convert_saved_job(svc, ada, saved(ada, job("Acme", "Engineer")));
    REQUIRE(none.has_value());
    CHECK_FALSE(none->application.applied_source.has_value());
    CHECK(none->application.priority == P::medium);
}

TEST_CASE_METHOD(saved_jobs_fixture, "convert_saved_job: 404, 403, 400 twice, 400 without a role title", "[usecases][saved_jobs][convert]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = saved(ada, job("Acme", "Engineer"));
    const auto untitled = saved(ada, job("Globex"));
    REQUIRE_ERROR(uc::convert_saved_job(svc, ada, "missing"), error_kind::not_found, "Saved job not found");
    REQUIRE_ERROR(uc::convert_saved_job(svc, bob, id), error_kind::forbidden, "Not your saved job");
    REQUIRE_ERROR(uc::convert_saved_job(svc, ada, untitled), error_kind::rule_violation,
                  "Set a role title before converting this saved job.");
    CHECK(stored(untitled).status == SJ::active);
    REQUIRE(uc::convert_saved_job(svc, ada, id).has_value());
    REQUIRE_ERROR(uc::convert_saved_job(svc, ada, id), error_kind::rule_violation,
                  "This saved job has already been converted to an application.");
    auto apps = uc::list_applications(svc, ada, {}, {0, 100});
    REQUIRE(apps.has_value());
    CHECK(apps->size() == 1);
}

TEST_CASE_METHOD(saved_jobs_fixture, "deleting the converted application unlinks the saved job", "[usecases][saved_jobs][convert]") {
    const auto ada = user("ada");
    const auto id = saved(ada, job("Acme", "Engineer"));
    auto v = uc::convert_saved_job(svc, ada, id);
    REQUIRE(v.has_value());
    REQUIRE(uc::delete_application(svc, ada, v->application.id).has_value());
    const auto j = stored(id);
    CHECK_FALSE(j.converted_to_application_id.has_value());
    CHECK(j.status == SJ::converted);
}
