// The offline insights of the Pipeline dialect (GET /api/ai/insights): computed from the user's own applications,
// stages and activity, each with the numbers and the applications behind it. Pure and deterministic; an empty input
// gives an empty (or all-zero) result, never an error.
//
// daily_digest       overdue follow-ups and follow-ups due today (follow_up_date, open applications), interviews
//                    today and in the next 7 days (stages not cancelled, of open applications), offers awaiting a decision (status Offer);
//                    "Nothing due today" when the user has applications and none of these.
// pattern_detection  per source (applied applications, at least 2): how many reached an interview and an offer; per
//                    stage type (at least 2 applications): how many of their applications reached an offer; where
//                    rejections cluster (at least 2): before or after an interview, the type of the last stage
//                    before the rejection, and how many days after applying.
// recommendation     stale applications (open, no update and no activity for stale_days), strong matches
//                    (ai_match_score >= high_match_score) still Saved, the source converting best (at least 3
//                    applied, better than overall), a low response rate (under 20% of at least 5 applied).
// weekly_summary     this ISO week (Monday to today) against the last: applications created, interviews, offers
//                    and rejections (by created_at and the interview_at, offer_at, rejected_at stamps), with the
//                    change of each.
//
// "Open" is any status but Accepted, Rejected and Withdrawn; "applied", "reached an interview" and the changes in
// percent follow dashboard.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::pipeline {

enum class insight_type { daily_digest, pattern_detection, recommendation, weekly_summary };
// "daily_digest", "pattern_detection", "recommendation", "weekly_summary".
[[nodiscard]] std::string_view to_string(insight_type t) noexcept;
[[nodiscard]] std::optional<insight_type> insight_type_from(std::string_view text) noexcept;
[[nodiscard]] std::span<const std::string_view> insight_type_words() noexcept;

// One number behind an insight: a count, a rate in percent (one decimal) or a number of days.
struct insight_metric {
    std::string name;  // snake_case, e.g. "overdue_follow_ups", "interview_rate"
    double value = 0.0;

    friend bool operator==(const insight_metric&, const insight_metric&) = default;
};

struct insight {
    insight_type type = insight_type::daily_digest;
    std::string title;                    // short, e.g. "3 follow-ups due today"
    std::string content;                  // 1-3 English sentences
    std::string_view priority;            // "high" | "medium" | "low"
    std::vector<insight_metric> metrics;  // the numbers behind it
    std::vector<domain::id> job_ids;      // the applications it is about, most relevant first, at most max_job_ids

    friend bool operator==(const insight&, const insight&) = default;
};

inline constexpr std::size_t max_job_ids = 20;
inline constexpr int high_match_score = 70;
inline constexpr int upcoming_interview_days = 7;

struct insight_input {
    domain::date today;
    std::span<const domain::application> applications;  // the user's live (not deleted) applications
    std::span<const domain::stage> stages;              // their stages (others are ignored)
    std::span<const domain::activity_entry> activity;   // their activity entries, any order (others are ignored)
    int stale_days = 14;
};

// Insights of one type, most important first (high, then medium, then low; within a priority in the order the
// header lists them), at most `limit`. O(n log n) in the input sizes.
[[nodiscard]] std::vector<insight> compute_insights(const insight_input& in, insight_type type, std::size_t limit);

}  // namespace offertracker::pipeline
