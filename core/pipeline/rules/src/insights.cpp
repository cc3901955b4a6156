// compute_insights: one context (applications by id, their stages and last touch), the type's builder, then the
// priority order and the limit.
#include <offertracker/pipeline/insights.hpp>

#include <offertracker/domain/enums.hpp>

#include "insight_context.hpp"

#include <algorithm>
#include <array>

namespace offertracker::pipeline {
namespace {

constexpr std::array<std::string_view, 4> type_words{"daily_digest", "pattern_detection", "recommendation",
                                                      "weekly_summary"};

int rank_of(std::string_view priority) { return priority == "high" ? 0 : priority == "medium" ? 1 : 2; }

}  // namespace

std::string_view to_string(insight_type t) noexcept { return type_words[static_cast<std::size_t>(t)]; }

std::optional<insight_type> insight_type_from(std::string_view text) noexcept {
    for (std::size_t i = 0; i < type_words.size(); ++i)
        if (type_words[i] == text) return static_cast<insight_type>(i);
    return std::nullopt;
}

std::span<const std::string_view> insight_type_words() noexcept { return type_words; }

std::vector<insight> compute_insights(const insight_input& in, insight_type type, std::size_t limit) {
    const detail::insight_context c = detail::context_of(in);
    std::vector<insight> out;
    switch (type) {
        case insight_type::daily_digest: out = detail::daily_digest(c); break;
        case insight_type::pattern_detection: out = detail::pattern_detection(c); break;
        case insight_type::recommendation: out = detail::recommendations(c); break;
        case insight_type::weekly_summary: out = detail::weekly_summary(c); break;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const insight& a, const insight& b) { return rank_of(a.priority) < rank_of(b.priority); });
    if (out.size() > limit) out.resize(limit);
    for (auto& i : out) i.type = type;
    return out;
}

namespace detail {

insight_context context_of(const insight_input& in) {
    insight_context c{in, {}};
    c.apps.reserve(in.applications.size());
    std::unordered_map<std::string_view, std::size_t> index;
    for (const auto& a : in.applications) {
        index.emplace(a.id, c.apps.size());  // a repeated id keeps its first row
        c.apps.push_back({&a, {}, domain::to_date(a.updated_at)});
    }
    for (const auto& s : in.stages)
        if (auto it = index.find(s.application_id); it != index.end()) c.apps[it->second].stages.push_back(&s);
    for (const auto& e : in.activity) {
        if (!e.application_id) continue;
        if (auto it = index.find(*e.application_id); it != index.end()) {
            auto& touch = c.apps[it->second].last_touch;
            touch = std::max(touch, domain::to_date(e.created_at));
        }
    }
    for (auto& v : c.apps)
        std::sort(v.stages.begin(), v.stages.end(), [](const domain::stage* a, const domain::stage* b) {
            if (a->stage_date != b->stage_date) return a->stage_date < b->stage_date;
            if (a->created_at != b->created_at) return a->created_at < b->created_at;
            return a->id < b->id;
        });
    return c;
}

std::vector<domain::id> ids_of(const std::vector<const domain::application*>& apps) {
    std::vector<domain::id> out;
    for (std::size_t i = 0; i < apps.size() && i < max_job_ids; ++i) out.push_back(apps[i]->id);
    return out;
}

std::string companies_of(const std::vector<const domain::application*>& apps, std::size_t shown) {
    std::string out;
    const std::size_t n = std::min(apps.size(), shown);
    for (std::size_t i = 0; i < n; ++i) {
        if (i != 0) out += (i + 1 == n && apps.size() <= shown) ? " and " : ", ";
        out += apps[i]->company_name;
    }
    if (apps.size() > shown) out += " and " + std::to_string(apps.size() - shown) + " more";
    return out;
}

std::string source_label(const std::optional<domain::source>& s) {
    return s ? std::string(domain::to_string(*s)) : std::string("manual entry");
}

}  // namespace detail
}  // namespace offertracker::pipeline
