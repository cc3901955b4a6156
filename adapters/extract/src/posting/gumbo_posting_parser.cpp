// The sources in their order of trust: structured data first (JSON-LD, then microdata), then what any page has
// (OpenGraph, <title>, <meta name=description>) for the fields structured data left out.
#include <offertracker/extract/gumbo_posting_parser.hpp>

#include <exception>
#include <string>

#include "html_tree.hpp"
#include "json_ld.hpp"
#include "microdata.hpp"
#include "page_facts.hpp"
#include "posting_text.hpp"

namespace offertracker::extract {
namespace {

using ports::job_posting;
using found_by = job_posting::found_by;

// The fields `into` lacks, from a lower source; a salary moves as a whole (amounts, currency and unit agree).
void fill_from(job_posting& into, const job_posting& from) {
    for (auto field : {&job_posting::title, &job_posting::company, &job_posting::description, &job_posting::location,
                       &job_posting::employment_type, &job_posting::date_posted, &job_posting::valid_through,
                       &job_posting::url})
        if (!(into.*field)) into.*field = from.*field;
    into.remote = into.remote || from.remote;
    if (!into.salary_min && !into.salary_max) {
        into.salary_min = from.salary_min;
        into.salary_max = from.salary_max;
        into.salary_currency = from.salary_currency;
        into.salary_unit = from.salary_unit;
    }
}

// The JSON-LD JobPosting (the first found), completed from the microdata one, or the microdata one alone.
std::optional<job_posting> structured(const posting::page_facts& facts, std::string_view page_url) {
    std::optional<job_posting> found;
    for (const std::string& block : facts.json_ld) {
        if (const auto object = posting::find_job_posting(block)) {
            found = posting::read_job_posting(*object, page_url, true);
            found->source = found_by::json_ld;
            break;
        }
    }
    if (!facts.microdata) return found;
    auto microdata = posting::read_job_posting(posting::microdata_item(facts.microdata), page_url, false);
    microdata.source = found_by::microdata;
    if (!found) return microdata;
    fill_from(*found, microdata);
    return found;
}

void fill(std::optional<std::string>& field, const std::optional<std::string>& raw, std::size_t max_chars) {
    if (!field && raw) field = posting::clean_line(*raw, max_chars);
}

void fill_url(std::optional<std::string>& field, const std::optional<std::string>& raw, std::string_view page_url) {
    if (!field && raw) field = posting::resolve_url(*raw, page_url);
}

std::optional<job_posting> read(std::string_view html, std::string_view page_url) {
    const posting::html_tree tree(html);
    const posting::page_facts facts = posting::read_page(tree);
    job_posting result = structured(facts, page_url).value_or(job_posting{});
    if (!result.title) {
        fill(result.title, facts.og_title, posting::max_short_chars);
        // Without structured data, a page that names its title in og:title was found by OpenGraph.
        if (result.title && result.source == found_by::title) result.source = found_by::open_graph;
        fill(result.title, facts.title, posting::max_short_chars);
    }
    if (!result.title) return std::nullopt;
    fill(result.company, facts.og_site_name, posting::max_short_chars);
    fill(result.description, facts.og_description, posting::max_description_chars);
    fill(result.description, facts.meta_description, posting::max_description_chars);
    fill_url(result.url, facts.og_url, page_url);
    fill_url(result.url, facts.canonical, page_url);
    return result;
}

}  // namespace

std::optional<job_posting> gumbo_posting_parser::parse(std::string_view html, std::string_view page_url) const {
    try {
        return read(html, page_url);
    } catch (const std::exception&) {  // only memory exhaustion can get here; the port promises no throw
        return std::nullopt;
    }
}

}  // namespace offertracker::extract
