// The Pipeline dashboard, timeline and insights: one read-only unit, a fixed number of list reads (every live
// application; for insights their stages and activity too), then the pure rules in one pass each.
#include <offertracker/pipeline/analytics.hpp>

#include <offertracker/domain/validation.hpp>

namespace offertracker::pipeline {
namespace {

// More entries than any insight looks at: the activity log is only read for "last touched" dates.
constexpr std::size_t insight_activity_window = 5000;

domain::date today_of(services& s) { return domain::to_date(s.seeker.clock.now()); }

}  // namespace

domain::result<dashboard_view> get_dashboard(services& s, const actor& who) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    const auto apps = uow->applications().list_all(who.user_id);
    dashboard_view view{compute_dashboard(apps, today_of(s)), {}};
    view.activities = uow->activity().list(who.user_id, std::nullopt, ports::page{0, dashboard_activities});
    return view;
}

domain::result<std::vector<timeline_point>> get_timeline(services& s, const actor& who, timeline_period period) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    return compute_timeline(uow->applications().list_all(who.user_id), period, today_of(s));
}

domain::result<std::vector<insight>> get_insights(services& s, const actor& who, std::optional<insight_type> type,
                                                  std::size_t limit) {
    if (limit < 1 || limit > max_insights)
        return domain::error::validation({{.path = {"limit"},
                                           .code = limit < 1 ? domain::field_code::below_minimum
                                                             : domain::field_code::above_maximum,
                                           .limit = limit < 1 ? 1 : static_cast<long long>(max_insights)}});
    auto uow = s.seeker.store.begin(ports::access::read_only);
    const auto apps = uow->applications().list_all(who.user_id);
    const auto stages = uow->stages().list_for_user(who.user_id);
    const auto activity = uow->activity().list(who.user_id, std::nullopt, ports::page{0, insight_activity_window});
    const insight_input in{.today = today_of(s), .applications = apps, .stages = stages, .activity = activity};
    std::vector<insight> out;
    for (auto t : {insight_type::daily_digest, insight_type::pattern_detection, insight_type::recommendation,
                   insight_type::weekly_summary}) {
        if (type && *type != t) continue;
        auto found = compute_insights(in, t, limit);
        out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return out;
}

}  // namespace offertracker::pipeline
