// Offers and rejections per application, judged on the status and the outcome together (docs/behaviour.md §16).
#include <offertracker/domain/progress_stats.hpp>

#include <string_view>
#include <unordered_map>

namespace offertracker::domain {

offers_and_rejections count_offers_and_rejections(const std::vector<application>& applications,
                                                  const std::vector<outcome>& outcomes) {
    struct flags {
        bool offer = false;
        bool rejected = false;
    };
    std::unordered_map<std::string_view, flags> by_app;
    by_app.reserve(applications.size());
    for (const auto& a : applications) {
        auto& f = by_app[a.id];
        f.offer = f.offer || a.status == application_status::offer || a.status == application_status::accepted;
        f.rejected = f.rejected || a.status == application_status::rejected;
    }
    for (const auto& o : outcomes) {
        auto it = by_app.find(o.application_id);
        if (it == by_app.end() || !o.status) continue;
        if (*o.status == outcome_status::offer) it->second.offer = true;
        if (*o.status == outcome_status::rejected) it->second.rejected = true;
    }
    offers_and_rejections out;
    for (const auto& [id, f] : by_app) {
        out.offers += f.offer ? 1 : 0;
        out.rejections += f.rejected ? 1 : 0;
    }
    return out;
}

progress_stats compute_progress_stats(const progress_counts& counts, int streak_days,
                                      const std::vector<application>& applications,
                                      const std::vector<outcome>& outcomes) {
    const auto judged = count_offers_and_rejections(applications, outcomes);
    progress_stats out;
    out.total_applications = counts.applications;
    out.total_offers = judged.offers;
    out.total_rejections = judged.rejections;
    out.total_reflections = counts.reflections;
    out.total_stages = counts.stages;
    out.streak_days = streak_days;
    out.milestones_reached = counts.milestones_reached;
    out.total_contacts = counts.contacts;
    out.total_reminders_pending = counts.reminders_pending;
    return out;
}

}  // namespace offertracker::domain
