// Mounting the Pipeline surface: its prefix, its error shape, its rate limits and its named schemas.
#include <offertracker/http/pipeline_api.hpp>

#include <memory>

#include <offertracker/http/kit/json_schema.hpp>
#include <offertracker/pipeline/words.hpp>

#include "context.hpp"

namespace offertracker::adapters::http::pipeline_api {
namespace {

namespace sc = kit::schemas;

json::object words_schema(std::span<const std::string_view> words) {
    json::array values;
    for (auto w : words) values.emplace_back(w);
    return {{"type", "string"}, {"enum", std::move(values)}};
}

json::object envelope(std::string_view schema) { return sc::object_of({{"data", sc::ref(schema), true}}); }

json::object job_fields(bool create) {
    return sc::object_of({
        {"company_name", sc::text(1, 255), create},
        {"job_title", sc::text(1, 255), create},
        {"job_description", sc::or_null(sc::text(20'000))},
        {"job_url", sc::or_null({{"type", "string"}, {"format", "uri"}, {"pattern", "^https://"}})},
        {"source", words_schema(pipeline::source_words())},
        {"status", words_schema(pipeline::status_words())},
        {"location", sc::or_null(sc::text(255))},
        {"is_remote", sc::boolean()},
        {"salary_min", sc::or_null(sc::integer(0))},
        {"salary_max", sc::or_null(sc::integer(0))},
    });
}

}  // namespace

void register_schemas(mount& m) {
    sc::add(m, "PipelineError",
            sc::object_of({{"error",
                            sc::object_of({{"code", sc::text(), true},
                                           {"message", sc::text(), true},
                                           {"details", sc::list_of(sc::object_of({{"field", sc::text(), true},
                                                                                  {"message", sc::text(), true}}))},
                                           {"request_id", sc::text()},
                                           {"retry_after", sc::integer(1)}}),
                            true}}));
    sc::add(m, "PipelineJobCreate", job_fields(true));
    sc::add(m, "PipelineJobUpdate", job_fields(false));
    auto job = job_fields(true);
    auto& properties = job["properties"].as_object();
    for (const auto* name : {"id", "user_id", "created_at", "updated_at"}) properties[name] = sc::text();
    properties["ai_match_score"] = sc::or_null(sc::integer(0, 100));
    for (const auto* name : {"ai_reasoning", "applied_at", "interview_at", "offer_at", "rejected_at", "deleted_at"})
        properties[name] = sc::or_null(sc::text());
    sc::add(m, "PipelineJob", job);
    sc::add(m, "PipelineJobEnvelope", envelope("PipelineJob"));
    sc::add(m, "PipelineJobList", sc::object_of({{"data", sc::list_of(sc::ref("PipelineJob")), true},
                                         {"total", sc::integer(0), true},
                                         {"page", sc::integer(1), true},
                                         {"limit", sc::integer(1, 500), true},
                                         {"has_more", sc::boolean(), true}}));
    sc::add(m, "PipelineSignup", sc::object_of({{"email", sc::text(), true},
                                        {"password", sc::text(8, 128), true},
                                        {"name", sc::or_null(sc::text(100))}}));
    sc::add(m, "PipelineLogin", sc::object_of({{"email", sc::text(), true}, {"password", sc::text(), true}}));
    sc::add(m, "PipelineSessionEnvelope",
            sc::object_of({{"data", sc::object_of({{"user", sc::any_object(), true},
                                                   {"token", sc::text(), true},
                                                   {"expires_at", sc::instant()}}),
                            true}}));
    sc::add(m, "PipelineScoreEnvelope",
            sc::object_of({{"data", sc::object_of({{"job_id", sc::text(), true},
                                                   {"ai_match_score", sc::integer(0, 100), true},
                                                   {"band", words_schema(std::array<std::string_view, 4>{
                                                                "Excellent", "Good", "Fair", "Poor"}), true},
                                                   {"ai_reasoning", sc::text(), true},
                                                   {"matched_skills", sc::list_of(sc::text()), true},
                                                   {"missing_skills", sc::list_of(sc::text()), true}}),
                            true}}));
    sc::add(m, "PipelineInsightList", sc::object_of({{"data", sc::list_of(sc::any_object()), true}}));
    sc::add(m, "PipelineScrapeRequest", sc::object_of({{"url", sc::text(500), true}}));
    sc::add(m, "PipelineParseRequest", sc::object_of({{"html", sc::text(), true}, {"url", sc::or_null(sc::text(500))}}));
    sc::add(m, "PipelineRun", sc::object_of({{"id", sc::text(), true},
                                     {"url", sc::text(), true},
                                     {"status", words_schema(std::array<std::string_view, 4>{
                                                    "queued", "running", "done", "failed"}), true},
                                     {"job_id", sc::or_null(sc::text())},
                                     {"created", sc::boolean()},
                                     {"error", sc::or_null(sc::text())},
                                     {"created_at", sc::instant()},
                                     {"finished_at", sc::or_null(sc::instant())}}));
    sc::add(m, "PipelineRunEnvelope", envelope("PipelineRun"));
    sc::add(m, "PipelineImportEnvelope",
            sc::object_of({{"data", sc::object_of({{"job", sc::ref("PipelineJob"), true}, {"created", sc::boolean(), true}}),
                            true}}));
    sc::add(m, "PipelineDashboardEnvelope", sc::object_of({{"data", sc::any_object(), true}}));
    sc::add(m, "PipelineTimelineEnvelope", sc::object_of({{"data", sc::list_of(sc::any_object()), true}}));
}

void mount_api(router& r, const api_options& options, pipeline::services& services) {
    // Handlers capture the context by reference: the router keeps it alive.
    auto shared = std::make_shared<const context>(context{services, options});
    r.retain(shared);
    const context& c = *shared;
    auto& api = r.mount_at(options.prefix, render_error);
    api.add_filter(rate_limit_filter(c));
    register_schemas(api);
    add_account_routes(api, c);
    add_job_routes(api, c);
    add_ai_routes(api, c);
    add_scraper_routes(api, c);
    add_analytics_routes(api, c);
}

}  // namespace offertracker::adapters::http::pipeline_api
