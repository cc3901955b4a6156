// The daily digest: what needs the seeker today (follow-ups, interviews, offers waiting).
#include "application_facts.hpp"
#include "figures.hpp"
#include "insight_context.hpp"

#include <offertracker/domain/enums.hpp>

#include <algorithm>

namespace offertracker::pipeline::detail {
namespace {

using namespace std::chrono;
using apps_list = std::vector<const domain::application*>;

struct meeting {
    const domain::application* app;
    const domain::stage* round;
};

// "Acme (Technical)": the company and what the round is.
std::string meeting_text(const meeting& m) {
    const std::string what =
        m.round->stage_type ? std::string(domain::to_string(*m.round->stage_type)) : m.round->stage_name;
    return m.app->company_name + (what.empty() ? "" : " (" + what + ")");
}

std::string meetings_text(const std::vector<meeting>& ms, std::size_t shown = 3) {
    std::string out;
    const std::size_t n = std::min(ms.size(), shown);
    for (std::size_t i = 0; i < n; ++i) {
        if (i != 0) out += (i + 1 == n && ms.size() <= shown) ? " and " : ", ";
        out += meeting_text(ms[i]);
    }
    if (ms.size() > shown) out += " and " + std::to_string(ms.size() - shown) + " more";
    return out;
}

// The applications of the meetings, first meeting first, each once.
apps_list apps_of(const std::vector<meeting>& ms) {
    apps_list out;
    for (const auto& m : ms)
        if (std::find(out.begin(), out.end(), m.app) == out.end()) out.push_back(m.app);
    return out;
}

}  // namespace

std::vector<insight> daily_digest(const insight_context& c) {
    const domain::date today = c.in.today;
    std::vector<insight> out;

    apps_list overdue, due;
    std::vector<meeting> today_rounds, upcoming;
    apps_list offers;
    for (const auto& v : c.apps) {
        const auto& a = *v.app;
        if (!facts::final_status(a.status) && a.follow_up_date) {
            if (*a.follow_up_date < today) overdue.push_back(&a);
            if (*a.follow_up_date == today) due.push_back(&a);
        }
        for (const auto* s : v.stages) {
            if (s->result == domain::stage_result::cancelled || facts::final_status(a.status)) continue;
            const int ahead = domain::days_between(today, s->stage_date);
            if (ahead == 0) today_rounds.push_back({&a, s});
            if (ahead > 0 && ahead <= upcoming_interview_days) upcoming.push_back({&a, s});
        }
        if (a.status == domain::application_status::offer) offers.push_back(&a);
    }
    auto by_follow_up = [](const domain::application* x, const domain::application* y) {
        return *x->follow_up_date != *y->follow_up_date ? *x->follow_up_date < *y->follow_up_date : x->id < y->id;
    };
    auto by_round = [](const meeting& x, const meeting& y) {
        if (x.round->stage_date != y.round->stage_date) return x.round->stage_date < y.round->stage_date;
        if (x.app->id != y.app->id) return x.app->id < y.app->id;
        return x.round->id < y.round->id;
    };
    std::sort(overdue.begin(), overdue.end(), by_follow_up);
    std::sort(due.begin(), due.end(), by_follow_up);
    std::sort(today_rounds.begin(), today_rounds.end(), by_round);
    std::sort(upcoming.begin(), upcoming.end(), by_round);

    if (!overdue.empty()) {
        const int oldest = domain::days_between(*overdue.front()->follow_up_date, today);
        out.push_back({insight_type::daily_digest,
                       figures::count_of(static_cast<long long>(overdue.size()), "follow-up", "follow-ups") + " overdue",
                       "Follow-ups are overdue for " + companies_of(overdue) +
                           (overdue.size() == 1 ? "; it was due " : "; the oldest was due ") +
                           figures::count_of(oldest, "day", "days") + " ago.",
                       "high",
                       {{"overdue_follow_ups", static_cast<double>(overdue.size())},
                        {"oldest_days_overdue", static_cast<double>(oldest)}},
                       ids_of(overdue)});
    }
    if (!due.empty()) {
        out.push_back({insight_type::daily_digest,
                       figures::count_of(static_cast<long long>(due.size()), "follow-up", "follow-ups") + " due today",
                       "Follow up with " + companies_of(due) + " today.", "high",
                       {{"follow_ups_due_today", static_cast<double>(due.size())}}, ids_of(due)});
    }
    if (!today_rounds.empty()) {
        out.push_back({insight_type::daily_digest,
                       figures::count_of(static_cast<long long>(today_rounds.size()), "interview", "interviews") +
                           " today",
                       "Today: " + meetings_text(today_rounds) + ". Review your prep notes before each one.", "high",
                       {{"interviews_today", static_cast<double>(today_rounds.size())}}, ids_of(apps_of(today_rounds))});
    }
    if (!upcoming.empty()) {
        const int next = domain::days_between(today, upcoming.front().round->stage_date);
        out.push_back({insight_type::daily_digest,
                       figures::count_of(static_cast<long long>(upcoming.size()), "interview", "interviews") +
                           " in the next " + std::to_string(upcoming_interview_days) + " days",
                       "Coming up: " + meetings_text(upcoming) + ". The next one is in " +
                           figures::count_of(next, "day", "days") + ".",
                       "medium",
                       {{"upcoming_interviews", static_cast<double>(upcoming.size())},
                        {"days_to_next_interview", static_cast<double>(next)}},
                       ids_of(apps_of(upcoming))});
    }
    if (!offers.empty()) {
        // How long each offer has waited: since offer_at, else since the last update.
        auto since = [&](const domain::application* a) {
            return domain::days_between(domain::to_date(a->offer_at.value_or(a->updated_at)), today);
        };
        std::sort(offers.begin(), offers.end(), [&](const domain::application* x, const domain::application* y) {
            const int sx = since(x), sy = since(y);
            return sx != sy ? sx > sy : x->id < y->id;
        });
        const int oldest = std::max(0, since(offers.front()));
        out.push_back({insight_type::daily_digest,
                       figures::count_of(static_cast<long long>(offers.size()), "offer", "offers") +
                           " awaiting a decision",
                       "Decide on the offer" + std::string(offers.size() == 1 ? " from " : "s from ") +
                           companies_of(offers) + (offers.size() == 1 ? "; it has waited " : "; the oldest has waited ") +
                           figures::count_of(oldest, "day", "days") + ".",
                       oldest >= 7 ? "high" : "medium",
                       {{"pending_offers", static_cast<double>(offers.size())},
                        {"oldest_offer_days", static_cast<double>(oldest)}},
                       ids_of(offers)});
    }
    if (out.empty() && !c.apps.empty()) {
        out.push_back({insight_type::daily_digest, "Nothing due today",
                       "No follow-ups, interviews or offers need attention today.", "low",
                       {{"live_applications", static_cast<double>(c.apps.size())}}, {}});
    }
    return out;
}

}  // namespace offertracker::pipeline::detail
