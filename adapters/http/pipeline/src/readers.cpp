#include "readers.hpp"

#include <array>

#include <offertracker/pipeline/words.hpp>
#include <offertracker/text/ascii.hpp>

namespace offertracker::adapters::http::pipeline_api {
namespace {

constexpr std::array<std::string_view, 4> sort_words{"created_at", "updated_at", "ai_match_score", "company_name"};
constexpr std::array<std::string_view, 2> order_words{"asc", "desc"};

std::optional<ports::job_sort> sort_from(std::string_view w) {
    for (std::size_t i = 0; i < sort_words.size(); ++i)
        if (sort_words[i] == w) return static_cast<ports::job_sort>(i);
    return std::nullopt;
}

std::optional<bool> descending_from(std::string_view w) {
    if (w == "desc") return true;
    if (w == "asc") return false;
    return std::nullopt;
}

// "manual" is a source word for "none": a patch holding it clears the source.
domain::patch<domain::source> read_source(body_reader& body) {
    auto word = body.patch_word<std::optional<domain::source>>("source", pipeline::source_from_word,
                                                               pipeline::source_words());
    domain::patch<domain::source> out;
    if (word) out.emplace(*word ? **word : std::nullopt);
    return out;
}

domain::patch<domain::application_status> read_status(body_reader& body) {
    return body.patch_word<domain::application_status>("status", pipeline::status_from_word, pipeline::status_words());
}

// A bounded integer query parameter: `fallback` when absent, the reader's error when out of [min, max].
std::optional<long long> bounded(query_reader& query, std::string_view name, std::optional<long long> fallback,
                                 long long min, long long max) {
    if (!query.string(name)) return fallback;
    auto v = query.integer(name, 0);
    if (!v) return std::nullopt;
    if (*v < min || *v > max)
        query.report({{.path = {std::string(name)},
                       .code = *v < min ? domain::field_code::below_minimum : domain::field_code::above_maximum,
                       .limit = *v < min ? min : max}});
    return v;
}

}  // namespace

pipeline::job_command read_job_command(body_reader& body) {
    pipeline::job_command cmd;
    cmd.company_name = body.required_string("company_name");
    cmd.job_title = body.required_string("job_title");
    cmd.job_description = body.optional_string("job_description");
    cmd.job_url = body.optional_url("job_url");
    if (auto source = read_source(body); source) cmd.source = *source;
    if (auto status = read_status(body); status && *status) cmd.status = **status;
    cmd.location = body.optional_string("location");
    cmd.is_remote = body.optional_bool("is_remote");
    cmd.salary_min = body.optional_int("salary_min");
    cmd.salary_max = body.optional_int("salary_max");
    return cmd;
}

pipeline::job_patch read_job_patch(body_reader& body) {
    return {.company_name = body.patch_string("company_name"),
            .job_title = body.patch_string("job_title"),
            .job_description = body.patch_string("job_description"),
            .job_url = body.patch_url("job_url"),
            .source = read_source(body),
            .status = read_status(body),
            .location = body.patch_string("location"),
            .is_remote = body.patch_bool("is_remote"),
            .salary_min = body.patch_int("salary_min"),
            .salary_max = body.patch_int("salary_max")};
}

ports::job_query read_job_query(query_reader& query) {
    ports::job_query q;
    if (auto statuses = query.string("status"); statuses && !statuses->empty()) {
        std::string_view rest = *statuses;
        while (true) {
            const auto comma = rest.find(',');
            const auto word = text::trim_ascii_space(rest.substr(0, comma));
            if (auto s = pipeline::status_from_word(word))
                q.statuses.push_back(*s);
            else
                query.report({{.path = {"status"},
                               .code = domain::field_code::not_one_of,
                               .allowed = {pipeline::status_words().begin(), pipeline::status_words().end()}}});
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    q.source = query_word<std::optional<domain::source>>(query, "source", pipeline::source_from_word,
                                                         pipeline::source_words());
    if (auto since = query.string("since"); since && !since->empty()) {
        q.since = domain::parse_timestamp(*since);
        if (!q.since)
            query.report({{.path = {"since"}, .code = domain::field_code::malformed, .expected = "date or datetime"}});
    }
    if (auto text = query.string("q"); text && !text::is_blank(*text)) q.q = std::string{text::trim_ascii_space(*text)};
    q.is_remote = query.boolean("is_remote");
    if (auto score = bounded(query, "min_score", std::nullopt, 0, 100)) q.min_score = static_cast<int>(*score);
    if (auto sort = query_word<ports::job_sort>(query, "sort", sort_from, sort_words)) q.sort = *sort;
    if (auto descending = query_word<bool>(query, "order", descending_from, order_words)) q.descending = *descending;
    const auto page = bounded(query, "page", 1, 1, 1'000'000).value_or(1);
    const auto limit = bounded(query, "limit", 100, 1, pipeline::max_page_size).value_or(100);
    q.p = {static_cast<std::size_t>(std::max(0LL, page - 1) * std::max(1LL, limit)), static_cast<std::size_t>(limit)};
    return q;
}

}  // namespace offertracker::adapters::http::pipeline_api
