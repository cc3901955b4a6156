// Milestone rules (docs/behaviour.md §2, §19): every definition's criterion at its threshold and one below,
// registration never met through counts, already reached milestones never again, definition order.
#include <offertracker/domain/milestone_rules.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::milestone_definition;
using domain::milestone_measure;
using domain::newly_reached;
using domain::progress_counts;

namespace {

std::vector<std::string> names(const std::vector<milestone_definition>& list) {
    std::vector<std::string> out;
    for (const auto& d : list) out.emplace_back(d.name);
    return out;
}

// Counts where this measure has the given value and every other is 0.
progress_counts only(milestone_measure m, long long value) {
    progress_counts c;
    switch (m) {
        case milestone_measure::registered: break;
        case milestone_measure::applications: c.applications = value; break;
        case milestone_measure::reflections: c.reflections = value; break;
        case milestone_measure::streak_days: break;
        case milestone_measure::following: c.following = value; break;
        case milestone_measure::group_memberships: c.group_memberships = value; break;
        case milestone_measure::posts: c.posts = value; break;
        case milestone_measure::offers: c.offers = value; break;
    }
    return c;
}

}  // namespace

TEST_CASE("the 12 definitions: names, thresholds and measures as docs/behaviour.md §19 lists them", "[domain][milestones]") {
    struct row {
        std::string_view name;
        milestone_measure measure;
        int threshold;
    };
    const std::vector<row> want{
        {"Getting Started", milestone_measure::registered, 1},
        {"First Application", milestone_measure::applications, 1},
        {"Building Momentum", milestone_measure::applications, 10},
        {"In the Zone", milestone_measure::applications, 25},
        {"Self-Reflective", milestone_measure::reflections, 1},
        {"Growth Mindset", milestone_measure::reflections, 10},
        {"One Week Strong", milestone_measure::streak_days, 7},
        {"Thirty Day Streak", milestone_measure::streak_days, 30},
        {"Connected", milestone_measure::following, 5},
        {"Part of a Circle", milestone_measure::group_memberships, 1},
        {"Sharing Insights", milestone_measure::posts, 1},
        {"Offer Received", milestone_measure::offers, 1},
    };
    REQUIRE(domain::milestone_definitions.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO(i);
        CHECK(domain::milestone_definitions[i].name == want[i].name);
        CHECK(domain::milestone_definitions[i].measure == want[i].measure);
        CHECK(domain::milestone_definitions[i].threshold == want[i].threshold);
    }
    CHECK(domain::registration_milestone().name == "Getting Started");
}

TEST_CASE("each criterion: met at its threshold, not one below", "[domain][milestones]") {
    for (const auto& d : domain::milestone_definitions) {
        if (d.measure == milestone_measure::registered) continue;
        INFO(d.name);
        const bool streak = d.measure == milestone_measure::streak_days;
        const auto at = streak ? progress_counts{} : only(d.measure, d.threshold);
        const auto below = streak ? progress_counts{} : only(d.measure, d.threshold - 1);
        const int streak_at = streak ? d.threshold : 0;
        const int streak_below = streak ? d.threshold - 1 : 0;
        CHECK(domain::criterion_met(d, at, streak_at));
        CHECK_FALSE(domain::criterion_met(d, below, streak_below));
        CHECK(domain::criterion_met(d, streak ? progress_counts{} : only(d.measure, d.threshold + 100),
                                    streak ? d.threshold + 100 : 0));
    }
}

TEST_CASE("registration is never met through counts", "[domain][milestones]") {
    progress_counts everything{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
    CHECK_FALSE(domain::criterion_met(domain::registration_milestone(), everything, 1000));
    CHECK(domain::measured_value(milestone_measure::registered, everything, 1000) == std::nullopt);
    const auto all = newly_reached(everything, 1000, {});
    CHECK(all.size() == 11);
    for (const auto& d : all) CHECK(d.name != "Getting Started");
}

TEST_CASE("counts that no criterion uses award nothing", "[domain][milestones]") {
    progress_counts c;
    c.stages = 50;
    c.contacts = 50;
    c.reminders_pending = 50;
    c.milestones_reached = 50;
    CHECK(newly_reached(c, 0, {}).empty());
}

TEST_CASE("newly reached: in definition order, skipping those already reached", "[domain][milestones]") {
    progress_counts c;
    c.applications = 10;
    c.reflections = 1;
    c.offers = 1;
    CHECK(names(newly_reached(c, 7, {})) == std::vector<std::string>{"First Application", "Building Momentum",
                                                                      "Self-Reflective", "One Week Strong",
                                                                      "Offer Received"});
    const std::set<std::string, std::less<>> reached{"00000000-0000-4000-a000-000000000002",
                                                     "00000000-0000-4000-a000-000000000007"};
    CHECK(names(newly_reached(c, 7, reached)) ==
          std::vector<std::string>{"Building Momentum", "Self-Reflective", "Offer Received"});
}

TEST_CASE("first application, then the tenth, then the twenty-fifth", "[domain][milestones]") {
    std::set<std::string, std::less<>> reached;
    std::vector<std::string> awarded_at;
    for (long long n = 1; n <= 30; ++n) {
        progress_counts c;
        c.applications = n;
        for (const auto& d : newly_reached(c, 1, reached)) {
            awarded_at.push_back(std::string(d.name) + "@" + std::to_string(n));
            reached.insert(std::string(d.id));
        }
    }
    CHECK(awarded_at == std::vector<std::string>{"First Application@1", "Building Momentum@10", "In the Zone@25"});
}

TEST_CASE("a streak reaching 30 at once awards both streak milestones", "[domain][milestones]") {
    CHECK(names(newly_reached({}, 30, {})) == std::vector<std::string>{"One Week Strong", "Thirty Day Streak"});
    CHECK(names(newly_reached({}, 6, {})).empty());
}

TEST_CASE("a custom list of definitions is judged the same way", "[domain][milestones]") {
    const std::array<milestone_definition, 2> defs{{
        {"x1", "Posted", "", "{}", milestone_measure::posts, 2},
        {"x2", "Following", "", "{}", milestone_measure::following, 1},
    }};
    progress_counts c;
    c.posts = 2;
    CHECK(names(newly_reached(c, 0, {}, defs)) == std::vector<std::string>{"Posted"});
}
