// The Pipeline analytics (API-SURFACES §4): the dashboard and the daily timeline, computed purely from the user's
// live applications in one pass (plus a sort of the source counts). The HTTP layer writes them as camelCase JSON.
//
// Shared definitions: an application is "applied" when its status is not Saved; it "reached an interview" with
// interview_at set or a status of Interviewing, Offer or Accepted; it "had a response" when it reached an
// interview, has offer_at or rejected_at, or is Offer, Accepted or Rejected. Percentages are 0..100, one decimal
// (domain::round_decimals). Dates are UTC dates of the timestamps (domain::to_date).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::pipeline {

struct count_by {
    std::string key;
    long long count = 0;

    friend bool operator==(const count_by&, const count_by&) = default;
};

struct day_count {
    domain::date day;
    long long count = 0;

    friend bool operator==(const day_count&, const day_count&) = default;
};

struct pipeline_dashboard {
    long long total_applications = 0;  // live applications
    // % change of applications created in the last 7 days (today included) vs the 7 before; 0 when both are 0,
    // 100 when only the recent count is above 0.
    double applications_change = 0.0;
    // Distinct company names (trimmed, ASCII case-insensitive) with a status Saved, Applied, Interviewing or Offer.
    long long active_companies = 0;
    double interview_rate = 0.0;  // % of applied applications that reached an interview; 0 when none applied
    double response_rate = 0.0;   // % of applied applications that had a response; 0 when none applied
    // Mean days (fractional) from applied (applied_at, else applied_date at midnight UTC) to the first of
    // interview_at, offer_at, rejected_at, over the applications having both (a response stamped before the
    // application is left out); nullopt when none.
    std::optional<double> avg_response_time;
    std::optional<double> avg_match_score;  // mean ai_match_score of scored applications; nullopt when none
    // Every status word, in status_words() order, with its count (zeros included).
    std::vector<count_by> by_status;
    // The source words that occur ("manual" for none), count descending then word ascending.
    std::vector<count_by> by_source;
    // The 30 days ending today, ascending, zeros included, by created_at date.
    std::vector<day_count> applications_over_time;

    friend bool operator==(const pipeline_dashboard&, const pipeline_dashboard&) = default;
};

inline constexpr int dashboard_days = 30;
inline constexpr int change_window_days = 7;

[[nodiscard]] pipeline_dashboard compute_dashboard(std::span<const domain::application> apps, domain::date today);

struct timeline_point {
    domain::date day;
    long long applications = 0;
    long long interviews = 0;
    long long offers = 0;
    long long rejections = 0;

    friend bool operator==(const timeline_point&, const timeline_point&) = default;
};

enum class timeline_period { days_7, days_30, days_90, all };
// "7d", "30d", "90d", "all" (exact); nullopt for anything else.
[[nodiscard]] std::optional<timeline_period> timeline_period_from(std::string_view text) noexcept;
[[nodiscard]] std::string_view to_string(timeline_period p) noexcept;

inline constexpr int timeline_max_days = 3660;

// Daily points, ascending, ending today, zeros included: applications by created_at date, interviews, offers and
// rejections by the dates of interview_at, offer_at and rejected_at. 7d/30d/90d give 7/30/90 points; "all" starts
// at the earliest created_at date (today when there is none or it is after today), at most timeline_max_days
// points. Events outside the range are not counted.
[[nodiscard]] std::vector<timeline_point> compute_timeline(std::span<const domain::application> apps,
                                                           timeline_period p, domain::date today);

}  // namespace offertracker::pipeline
