// What every insight builder reads: the applications by id, each one's stages and last touch, and the helpers that
// word and bound an insight's evidence.
#pragma once

#include <offertracker/pipeline/insights.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace offertracker::pipeline::detail {

struct app_view {
    const domain::application* app;
    std::vector<const domain::stage*> stages;  // by stage_date, then created_at, then id
    domain::date last_touch;                   // the later of updated_at and the newest activity entry
};

struct insight_context {
    const insight_input& in;
    std::vector<app_view> apps;  // in input order
};

[[nodiscard]] insight_context context_of(const insight_input& in);

// The builders, each in its file, returning insights in the order insights.hpp lists them.
[[nodiscard]] std::vector<insight> daily_digest(const insight_context& c);
[[nodiscard]] std::vector<insight> pattern_detection(const insight_context& c);
[[nodiscard]] std::vector<insight> recommendations(const insight_context& c);
[[nodiscard]] std::vector<insight> weekly_summary(const insight_context& c);

// The ids of the applications, in the given order, at most max_job_ids.
[[nodiscard]] std::vector<domain::id> ids_of(const std::vector<const domain::application*>& apps);
// "Acme", "Acme and Globex", "Acme, Globex and 3 more": the companies of the first `shown` applications.
[[nodiscard]] std::string companies_of(const std::vector<const domain::application*>& apps, std::size_t shown = 3);
// The source's display name: "LinkedIn", "Company Website", "manual entry" for none.
[[nodiscard]] std::string source_label(const std::optional<domain::source>& s);

}  // namespace offertracker::pipeline::detail
