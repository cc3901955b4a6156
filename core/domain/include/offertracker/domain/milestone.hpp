// Milestones a seeker can reach, their criteria, and the counts they are judged on (docs/behaviour.md §19).
#pragma once

#include <array>
#include <string_view>

#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

// What a milestone counts.
enum class milestone_measure {
    registered,     // awarded at registration ({"action":"register"})
    applications,   // create_application: the user's applications
    reflections,    // create_reflection: reflections on the user's applications
    streak_days,    // streak: the current streak
    following,      // follow: users the user follows
    group_memberships,  // join_group: groups the user belongs to (creating one counts)
    posts,          // create_post: the user's posts
    offers,         // outcome_offer: outcomes with status exactly Offer
};

// A milestone definition. The migration seeds exactly these rows (same ids, names, order); a contract test
// holds the two in step.
struct milestone_definition {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    std::string_view criteria_json;  // as shown by GET /progress/milestones (informational)
    milestone_measure measure;
    int threshold;
};

inline constexpr std::array<milestone_definition, 12> milestone_definitions{{
    {"00000000-0000-4000-a000-000000000001", "Getting Started", "You created your account and took the first step.", R"({"action":"register"})", milestone_measure::registered, 1},
    {"00000000-0000-4000-a000-000000000002", "First Application", "You applied to your first role. The journey begins.", R"({"action":"create_application","count":1})", milestone_measure::applications, 1},
    {"00000000-0000-4000-a000-000000000003", "Building Momentum", "Ten applications in. You are putting yourself out there.", R"({"action":"create_application","count":10})", milestone_measure::applications, 10},
    {"00000000-0000-4000-a000-000000000004", "In the Zone", "Twenty-five applications. Consistent effort pays off.", R"({"action":"create_application","count":25})", milestone_measure::applications, 25},
    {"00000000-0000-4000-a000-000000000005", "Self-Reflective", "You wrote your first reflection. Growth starts with honesty.", R"({"action":"create_reflection","count":1})", milestone_measure::reflections, 1},
    {"00000000-0000-4000-a000-000000000006", "Growth Mindset", "Ten reflections. You are learning from every experience.", R"({"action":"create_reflection","count":10})", milestone_measure::reflections, 10},
    {"00000000-0000-4000-a000-000000000007", "One Week Strong", "Seven consecutive days of activity. Consistency is key.", R"({"action":"streak","days":7})", milestone_measure::streak_days, 7},
    {"00000000-0000-4000-a000-000000000008", "Thirty Day Streak", "A full month of showing up. That takes real dedication.", R"({"action":"streak","days":30})", milestone_measure::streak_days, 30},
    {"00000000-0000-4000-a000-000000000009", "Connected", "You are following five people. Job searching is better together.", R"({"action":"follow","count":5})", milestone_measure::following, 5},
    {"00000000-0000-4000-a000-000000000010", "Part of a Circle", "You joined your first group. Shared journeys go further.", R"({"action":"join_group","count":1})", milestone_measure::group_memberships, 1},
    {"00000000-0000-4000-a000-000000000011", "Sharing Insights", "You shared your first post. Helping others helps you grow.", R"({"action":"create_post","count":1})", milestone_measure::posts, 1},
    {"00000000-0000-4000-a000-000000000012", "Offer Received", "You received a job offer. All the effort was worth it.", R"({"action":"outcome_offer","count":1})", milestone_measure::offers, 1},
}};

// A milestone row as stored (and listed by GET /progress/milestones).
struct milestone {
    domain::id id;
    std::string name;
    std::string description;
    std::string criteria_json;
    timestamp created_at{};

    friend bool operator==(const milestone&, const milestone&) = default;
};

// A milestone the user reached.
struct user_milestone {
    domain::id id;
    domain::id user_id;
    domain::id milestone_id;
    timestamp reached_at{};

    friend bool operator==(const user_milestone&, const user_milestone&) = default;
};

// The user's counts that milestone criteria and progress stats are judged on, read in one query.
// Counts of the social layer (following, group memberships, posts) stay 0 until it exists.
struct progress_counts {
    long long applications = 0;
    long long reflections = 0;
    long long stages = 0;
    long long offers = 0;  // outcomes with status exactly Offer
    long long following = 0;
    long long group_memberships = 0;
    long long posts = 0;
    long long contacts = 0;
    long long reminders_pending = 0;
    long long milestones_reached = 0;

    friend bool operator==(const progress_counts&, const progress_counts&) = default;
};

}  // namespace offertracker::domain
