// Reading the Pipeline's inputs: job bodies (create and patch), the list's query, and the dialect's words.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include <offertracker/pipeline/jobs.hpp>

#include "context.hpp"

namespace offertracker::adapters::http::pipeline_api {

pipeline::job_command read_job_command(body_reader& body);
pipeline::job_patch read_job_patch(body_reader& body);
// Every filter, the sort and the page of GET /jobs; errors go to the reader. page is 1-based on the wire.
ports::job_query read_job_query(query_reader& query);

// A query parameter in the dialect's words: absent or "" is nullopt; an unknown word is reported as not_one_of.
template <class T, class Parse>
std::optional<T> query_word(query_reader& query, std::string_view name, Parse parse,
                            std::span<const std::string_view> allowed) {
    auto text = query.string(name);
    if (!text || text->empty()) return std::nullopt;
    if (std::optional<T> value = parse(*text)) return value;
    query.report({{.path = {std::string(name)},
                   .code = domain::field_code::not_one_of,
                   .allowed = {allowed.begin(), allowed.end()}}});
    return std::nullopt;
}

}  // namespace offertracker::adapters::http::pipeline_api
