// The dashboard (recent sessions, scores over time, the tracker's applications) and the paged list of sessions.
#include <algorithm>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/http/form.hpp>
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/usecases/applications.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::web {
namespace {

constexpr std::size_t sessions_per_page = 10;
constexpr std::size_t dashboard_applications = 10;

mustache::data session_list(const std::vector<prep::practice_session>& sessions) {
    mustache::data list{mustache::data::type::list};
    for (const auto& s : sessions) list.push_back(session_item(s));
    return list;
}

mustache::data score_list(const std::vector<prep::score_point>& points) {
    mustache::data list{mustache::data::type::list};
    for (const auto& p : points) {
        mustache::data item{mustache::data::type::object};
        item.set("id", std::to_string(p.id));
        item.set("job_title", p.job_title);
        item.set("company_name", p.company_name);
        item.set("completed", domain::format_date(domain::to_date(p.completed_at)));
        item.set("score", std::to_string(p.score));
        item.set("bar", std::string(static_cast<std::size_t>(std::clamp(p.score, 0, 10)), '#'));
        list.push_back(item);
    }
    return list;
}

mustache::data application_list(const std::vector<usecases::application_view>& apps) {
    mustache::data list{mustache::data::type::list};
    for (const auto& a : apps) {
        mustache::data item{mustache::data::type::object};
        item.set("id", a.application.id);
        item.set("role_title", a.application.role_title);
        item.set("company_name", a.application.company_name);
        item.set("status", std::string(domain::to_string(a.application.status)));
        item.set("prepare_href", "/session/new?application_id=" + percent_encode(a.application.id));
        list.push_back(item);
    }
    return list;
}

mustache::data dashboard_data(const context& c, const actor& who, const prep::session_list& recent) {
    auto d = page_data("Dashboard", true);
    d.set("recent_sessions", session_list(recent.items));
    d.set("has_sessions", !recent.items.empty());
    d.set("more_sessions", recent.total > recent.items.size());
    if (auto scores = prep::score_history(c.services, who)) {
        d.set("scores", score_list(*scores));
        d.set("has_scores", !scores->empty());
    }
    if (auto apps = usecases::list_applications(c.services.seeker, who, {}, {0, dashboard_applications})) {
        d.set("applications", application_list(*apps));
        d.set("has_applications", !apps->empty());
    }
    return d;
}

}  // namespace

void add_dashboard_routes(mount& m, const context& c) {
    m.get("/dashboard", authed(c, [&c](const request& req, const path_params&, const actor& who) {
        auto recent = prep::list_sessions(c.services, who, {0, prep::recent_session_count});
        if (!recent) return error_reply(c, req, recent.error());
        if (wants_json(req))
            return json_page(200,
                             json::object{{"recent_sessions", kit::array_of(recent->items, session_summary_json)}});
        auto d = dashboard_data(c, who, *recent);
        add_form_state(d, {}, {"job_title", "company_name"}, std::nullopt);
        return html_page(c, 200, "dashboard", d);
    }), web_doc("The 5 most recent sessions (newest first), a create form, scores over time and the tracker's "
                "applications").returns(200, "An HTML page, or the recent sessions", "Dashboard")
            .returns(303, "Browsers without a session: to /login").errors({401}));

    m.get("/sessions", authed(c, [&c](const request& req, const path_params&, const actor& who) {
        kit::query_reader query(req.query);
        const auto page = query.integer("page", 1);
        if (page && *page < 1)
            query.report({{.path = {"page"}, .code = domain::field_code::below_minimum, .limit = 1}});
        if (auto e = std::move(query).finish()) return error_reply(c, req, *e);
        const auto number = static_cast<std::size_t>(*page);
        auto list = prep::list_sessions(c.services, who, {(number - 1) * sessions_per_page, sessions_per_page});
        if (!list) return error_reply(c, req, list.error());
        if (wants_json(req))
            return json_page(200, json::object{{"sessions", kit::array_of(list->items, session_summary_json)},
                                               {"total", list->total},
                                               {"page", number}});
        auto d = page_data("All sessions", true);
        d.set("sessions", session_list(list->items));
        d.set("has_sessions", !list->items.empty());
        d.set("total", std::to_string(list->total));
        d.set("page", std::to_string(number));
        const auto pages = std::max<std::size_t>(1, (list->total + sessions_per_page - 1) / sessions_per_page);
        d.set("pages", std::to_string(pages));
        if (number > 1) d.set("previous_href", "/sessions?page=" + std::to_string(number - 1));
        if (number < pages) d.set("next_href", "/sessions?page=" + std::to_string(number + 1));
        return html_page(c, 200, "sessions", d);
    }), web_doc("Every session, newest first, 10 per page")
            .query("page", R"({"type":"integer","minimum":1,"default":1})", "The page, from 1")
            .returns(200, "An HTML page, or a page of sessions", "SessionList").errors({400, 401}));
}

}  // namespace offertracker::adapters::http::web
