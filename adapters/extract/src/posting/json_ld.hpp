// schema.org JobPosting objects: finding one in a JSON-LD block and reading one (from JSON-LD or from microdata
// made JSON) into a ports::job_posting.
#pragma once

#include <optional>
#include <string_view>

#include <boost/json/object.hpp>

#include <offertracker/ports/posting_parser.hpp>

namespace offertracker::extract::posting {

// The first JobPosting in a JSON-LD block: the block itself, an element of a top-level array, of an @graph or a
// mainEntity (@type a string or an array, "JobPosting" or a schema.org IRI). nullopt for invalid JSON (raw
// control characters, comments and trailing commas, which pages write, are tolerated) or no JobPosting.
[[nodiscard]] std::optional<boost::json::object> find_job_posting(std::string_view block);

// The posting's fields, cleaned and bounded as ports::job_posting promises. The description is HTML in JSON-LD
// (description_is_html) and text in microdata. `source` is left for the caller.
[[nodiscard]] ports::job_posting read_job_posting(const boost::json::object& posting, std::string_view page_url,
                                                  bool description_is_html);

}  // namespace offertracker::extract::posting
