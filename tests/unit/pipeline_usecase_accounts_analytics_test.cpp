// Pipeline signup (the password rule, the taken email, the derived username) and the dashboard, timeline and
// insights, which read only live jobs.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pipeline_usecase_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::application_status;
using domain::error_kind;
using domain::field_code;

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline signup: a new account with a username from the email",
                 "[pipeline][usecases][accounts]") {
    const auto signed_up = pipeline::sign_up(psvc, {"Jane.Doe+jobs@example.com", "password", "Jane Doe"});
    REQUIRE(signed_up.has_value());
    CHECK(signed_up->user.username == "Jane.Doejobs");
    CHECK(signed_up->user.display_name == "Jane Doe");
    CHECK_FALSE(signed_up->access_token.empty());
    CHECK(stored_user(signed_up->user.id).has_value());

    const auto short_local = pipeline::sign_up(psvc, {"ab@example.com", "longenough", std::nullopt});
    REQUIRE(short_local.has_value());
    CHECK(short_local->user.username == "userab");

    const auto symbols = pipeline::sign_up(psvc, {"%%@example.com", "longenough", std::nullopt});
    REQUIRE(symbols.has_value());
    CHECK(symbols->user.username == "user");
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline signup: the password needs 8 characters",
                 "[pipeline][usecases][accounts]") {
    REQUIRE_FIELD_ERRORS(pipeline::sign_up(psvc, {"jane@example.com", "passwor", std::nullopt}),
                         {.path = {"password"}, .code = field_code::too_short, .limit = 8});
    REQUIRE_FIELD_ERRORS(pipeline::sign_up(psvc, {"jane@example.com", "", std::nullopt}),
                         {.path = {"password"}, .code = field_code::too_short, .limit = 8});
    // Characters, not bytes: seven two-byte letters are still too short.
    REQUIRE_FIELD_ERRORS(pipeline::sign_up(psvc, {"jane@example.com", "ééééééé", std::nullopt}),
                         {.path = {"password"}, .code = field_code::too_short, .limit = 8});
    CHECK(error_fields(pipeline::sign_up(psvc, {"not an email", "passwor", std::nullopt})) ==
          std::vector<std::string>{"email", "password"});
    CHECK(pipeline::sign_up(psvc, {"jane@example.com", "password", std::nullopt}).has_value());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline signup: a taken email is a conflict", "[pipeline][usecases][accounts]") {
    REQUIRE(pipeline::sign_up(psvc, {"jane@example.com", "password", std::nullopt}).has_value());
    REQUIRE_ERROR(pipeline::sign_up(psvc, {"jane@example.com", "password2", std::nullopt}), error_kind::conflict,
                  "Email already taken");
    REQUIRE_ERROR(pipeline::sign_up(psvc, {"JANE@Example.com", "password2", std::nullopt}), error_kind::conflict,
                  "Email already taken");
    (void)user("ada");  // through the seeker registration
    REQUIRE_ERROR(pipeline::sign_up(psvc, {"ada@example.com", "password2", std::nullopt}), error_kind::conflict,
                  "Email already taken");
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline signup: a taken username gets a suffix",
                 "[pipeline][usecases][accounts]") {
    const auto first = pipeline::sign_up(psvc, {"sam@one.example", "password", std::nullopt});
    REQUIRE(first.has_value());
    CHECK(first->user.username == "sam");
    const auto second = pipeline::sign_up(psvc, {"sam@two.example", "password", std::nullopt});
    REQUIRE(second.has_value());
    CHECK(second->user.username.starts_with("sam-"));
    CHECK(second->user.username.size() > 4);
    const auto third = pipeline::sign_up(psvc, {"SAM@three.example", "password", std::nullopt});
    REQUIRE(third.has_value());
    CHECK(third->user.username.starts_with("SAM-"));  // usernames are unique case-insensitively
    CHECK(third->user.username != second->user.username);
}

namespace {

// Three of ada's jobs, one applied and interviewed; then the interviewed one is deleted.
struct analytics_case : pipeline_usecase_fixture {
    uc::actor ada = user("ada");
    domain::application kept = job(ada, {.company_name = "Kept Co", .status = application_status::applied});
    domain::application also_kept = job(ada, {.company_name = "Also Kept"});
    domain::application gone = job(ada, {.company_name = "Gone Co", .status = application_status::applied});

    analytics_case() {
        stage(ada, gone.id);  // Interviewing, with a stage and activity
        REQUIRE(pipeline::delete_job(psvc, ada, gone.id).has_value());
    }
};

bool mentions(const std::vector<domain::activity_entry>& entries, const domain::id& job_id) {
    return std::ranges::any_of(entries, [&](const auto& e) { return e.application_id == job_id; });
}

}  // namespace

TEST_CASE_METHOD(analytics_case, "pipeline analytics: the dashboard skips deleted jobs", "[pipeline][usecases][analytics]") {
    const auto view = pipeline::get_dashboard(psvc, ada);
    REQUIRE(view.has_value());
    CHECK(view->numbers.total_applications == 2);
    CHECK(view->numbers.active_companies == 2);
    CHECK(view->numbers.interview_rate == 0.0);  // the only interviewed job is deleted
    CHECK_FALSE(view->activities.empty());
    CHECK(mentions(view->activities, kept.id));
    CHECK_FALSE(mentions(view->activities, gone.id));

    REQUIRE(pipeline::restore_job(psvc, ada, gone.id).has_value());
    const auto restored = pipeline::get_dashboard(psvc, ada);
    REQUIRE(restored.has_value());
    CHECK(restored->numbers.total_applications == 3);
    CHECK(restored->numbers.interview_rate > 0.0);
    CHECK(mentions(restored->activities, gone.id));
}

TEST_CASE_METHOD(analytics_case, "pipeline analytics: the timeline skips deleted jobs", "[pipeline][usecases][analytics]") {
    auto sums = [&] {
        const auto points = pipeline::get_timeline(psvc, ada, pipeline::timeline_period::days_7);
        REQUIRE(points.has_value());
        CHECK(points->size() == 7);
        long long applications = 0, interviews = 0;
        for (const auto& p : *points) {
            applications += p.applications;
            interviews += p.interviews;
        }
        return std::pair{applications, interviews};
    };
    CHECK(sums() == std::pair{2LL, 0LL});
    REQUIRE(pipeline::restore_job(psvc, ada, gone.id).has_value());
    CHECK(sums() == std::pair{3LL, 1LL});
}

TEST_CASE_METHOD(analytics_case, "pipeline analytics: insights skip deleted jobs and check the limit",
                 "[pipeline][usecases][analytics]") {
    REQUIRE_FIELD_ERRORS(pipeline::get_insights(psvc, ada, std::nullopt, 0),
                         {.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    REQUIRE_FIELD_ERRORS(pipeline::get_insights(psvc, ada, std::nullopt, 51),
                         {.path = {"limit"}, .code = field_code::above_maximum, .limit = 50});
    // Old enough to be stale and due for a follow-up, so insights name jobs.
    set_day(ymd(2026, 5, 15));
    auto named = [&](std::optional<pipeline::insight_type> type) {
        const auto found = pipeline::get_insights(psvc, ada, type, 50);
        REQUIRE(found.has_value());
        std::vector<domain::id> ids;
        for (const auto& i : *found) {
            if (type) CHECK(i.type == *type);
            ids.insert(ids.end(), i.job_ids.begin(), i.job_ids.end());
        }
        return ids;
    };
    const auto live_ids = named(std::nullopt);
    CHECK(std::ranges::find(live_ids, gone.id) == live_ids.end());
    (void)named(pipeline::insight_type::recommendation);
    REQUIRE(pipeline::restore_job(psvc, ada, gone.id).has_value());
    const auto with_restored = named(std::nullopt);
    CHECK(std::ranges::find(with_restored, gone.id) != with_restored.end());
}
