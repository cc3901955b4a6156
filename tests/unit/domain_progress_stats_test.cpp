// The progress summary (docs/behaviour.md §16): offers and rejections per application from status and outcome,
// each application once; the other figures straight from the counts and the user row.
#include <offertracker/domain/progress_stats.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::application_status;
using domain::count_offers_and_rejections;
using domain::offers_and_rejections;
using domain::outcome_status;

namespace {

domain::application app(std::string id, application_status st) {
    domain::application a;
    a.id = std::move(id);
    a.status = st;
    return a;
}

domain::outcome outcome(std::string app_id, std::optional<outcome_status> st) {
    domain::outcome o;
    o.application_id = std::move(app_id);
    o.status = st;
    return o;
}

}  // namespace

TEST_CASE("offers and rejections: nothing at all", "[domain][stats]") {
    CHECK(count_offers_and_rejections({}, {}) == offers_and_rejections{0, 0});
}

TEST_CASE("offers and rejections: by status, by outcome, each application once", "[domain][stats]") {
    using st = application_status;
    const std::vector<domain::application> apps{
        app("offer-status", st::offer),                 // offer (status)
        app("accepted", st::accepted),                  // offer (status)
        app("offer-both", st::offer),                   // offer (status and outcome): once
        app("interviewing-offer-outcome", st::interviewing),  // offer (outcome)
        app("rejected-status", st::rejected),           // rejection (status)
        app("rejected-both", st::rejected),             // rejection (status and outcome): once
        app("withdrawn-rejected-outcome", st::withdrawn),  // rejection (outcome)
        app("accepted-rejected-outcome", st::accepted),  // offer (status) and rejection (outcome)
        app("applied", st::applied),                    // neither
        app("saved", st::saved),                        // neither
        app("withdrawn", st::withdrawn),                // neither (withdrawn outcome)
        app("no-status-outcome", st::applied),          // neither (outcome without status)
    };
    const std::vector<domain::outcome> outcomes{
        outcome("offer-both", outcome_status::offer),
        outcome("interviewing-offer-outcome", outcome_status::offer),
        outcome("rejected-both", outcome_status::rejected),
        outcome("withdrawn-rejected-outcome", outcome_status::rejected),
        outcome("accepted-rejected-outcome", outcome_status::rejected),
        outcome("withdrawn", outcome_status::withdrawn),
        outcome("no-status-outcome", std::nullopt),
        outcome("someone-elses", outcome_status::offer),  // not one of these applications: ignored
    };
    CHECK(count_offers_and_rejections(apps, outcomes) == offers_and_rejections{5, 4});
}

TEST_CASE("the summary: counts, streak and judged offers", "[domain][stats]") {
    domain::progress_counts c;
    c.applications = 3;
    c.reflections = 4;
    c.stages = 5;
    c.offers = 99;  // outcomes with status Offer: not what total_offers reports
    c.following = 6;
    c.contacts = 7;
    c.reminders_pending = 8;
    c.milestones_reached = 9;
    const std::vector<domain::application> apps{app("a", application_status::accepted),
                                                app("b", application_status::rejected),
                                                app("c", application_status::applied)};
    const auto s = domain::compute_progress_stats(c, 11, apps, {});
    CHECK(s == domain::progress_stats{3, 1, 1, 4, 5, 11, 9, 7, 8});
}
