// Job postings from web pages: what the Pipeline API's scraper (POST /api/scraper/jobs, /api/scraper/parse) reads
// out of a fetched page. Pure computation over the bytes it is given: thread-safe, CPU-bound (call off I/O threads),
// and it never throws for anything the bytes hold. Implemented by adapters/extract (gumbo_posting_parser).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::ports {

// What a page says about one job. Every string is trimmed, valid UTF-8 without control characters and bounded
// (title, company and the other short fields at most 255 characters, the description at most 20,000), whatever
// the page held.
struct job_posting {
    std::optional<std::string> title;           // "Senior Backend Engineer"
    std::optional<std::string> company;         // hiringOrganization.name, og:site_name, ...
    std::optional<std::string> description;     // plain text: paragraphs and list items on their own lines
    std::optional<std::string> location;        // "Berlin, Germany" from jobLocation.address (locality, region, country)
    std::optional<std::string> employment_type; // the schema.org word as given, the first of an array: "FULL_TIME"
    bool remote = false;                        // jobLocationType TELECOMMUTE (or applicantLocationRequirements alone)
    std::optional<long long> salary_min, salary_max;  // baseSalary.value (minValue/maxValue or value), whole units
    std::optional<std::string> salary_currency;       // "EUR"
    std::optional<std::string> salary_unit;           // "YEAR" | "MONTH" | "WEEK" | "DAY" | "HOUR" as given
    std::optional<std::string> date_posted;     // "YYYY-MM-DD" (the date part of an ISO date or date-time)
    std::optional<std::string> valid_through;   // same
    std::optional<std::string> url;             // the posting's own absolute http(s) URL, if the page names one
    // The highest source that described the posting; lower ones may have filled the fields it lacked.
    enum class found_by { json_ld, microdata, open_graph, title } source = found_by::title;
};

class posting_parser {
public:
    virtual ~posting_parser() = default;
    // The posting a page describes, or nullopt when the page names no title at all. Sources, best first:
    // schema.org JobPosting in JSON-LD, JobPosting microdata, OpenGraph, then <title> and <meta name=description>.
    // page_url (may be empty) resolves relative URLs. Never throws for any input bytes; bounded work (the caller
    // limits input to 2 MB). Thread-safe.
    [[nodiscard]] virtual std::optional<job_posting> parse(std::string_view html, std::string_view page_url) const = 0;
};

}  // namespace offertracker::ports
