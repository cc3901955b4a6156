// libFuzzer target: job postings from web pages (adapters/extract's gumbo_posting_parser) and what the Pipeline
// makes of them (core/pipeline/postings). Input: any bytes, a page URL before the first '\x1F' when there is one,
// then the page. Besides not crashing: every string is NUL-free valid UTF-8, trimmed, within its bound and without
// control characters (line breaks only in the description); dates are YYYY-MM-DD; the URL is absolute http(s); a
// second parse gives the same posting; a job URL key is its own key; fields_of gives an ordered, non-negative range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/extract/gumbo_posting_parser.hpp>
#include <offertracker/pipeline/job_url.hpp>
#include <offertracker/pipeline/posting_fields.hpp>
#include <offertracker/text/utf8.hpp>

namespace {

namespace text = offertracker::text;
using offertracker::ports::job_posting;

void require_text(const std::optional<std::string>& field, std::size_t max_chars, bool lines = false) {
    if (!field) return;
    const std::string& s = *field;
    if (s.empty() || !text::is_storable_text(s) || text::utf8_length(s) > max_chars) std::abort();
    if (s.front() == ' ' || s.back() == ' ' || s.front() == '\n' || s.back() == '\n') std::abort();
    for (const char c : s)
        if ((static_cast<unsigned char>(c) < 0x20 && !(lines && c == '\n')) || c == 0x7F) std::abort();
}

void require_date(const std::optional<std::string>& date) {
    if (!date) return;
    if (date->size() != 10 || (*date)[4] != '-' || (*date)[7] != '-') std::abort();
}

void require_key(std::string_view url) {
    const auto key = offertracker::pipeline::job_url_key(url);
    if (key && (!text::is_valid_utf8(*key) || offertracker::pipeline::job_url_key(*key) != key)) std::abort();
}

bool same(const job_posting& a, const job_posting& b) {
    return a.title == b.title && a.company == b.company && a.description == b.description &&
           a.location == b.location && a.employment_type == b.employment_type && a.remote == b.remote &&
           a.salary_min == b.salary_min && a.salary_max == b.salary_max && a.salary_currency == b.salary_currency &&
           a.salary_unit == b.salary_unit && a.date_posted == b.date_posted && a.valid_through == b.valid_through &&
           a.url == b.url && a.source == b.source;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const offertracker::extract::gumbo_posting_parser parser;
    std::string_view html(reinterpret_cast<const char*>(data), size);
    std::string_view page_url;
    if (const auto cut = html.find('\x1F'); cut != std::string_view::npos) {
        page_url = html.substr(0, cut);
        html.remove_prefix(cut + 1);
    }
    require_key(page_url);
    const auto posting = parser.parse(html, page_url);
    if (!posting) return 0;
    const job_posting& p = *posting;
    if (!p.title) std::abort();
    for (const auto* field : {&p.title, &p.company, &p.location, &p.employment_type, &p.salary_currency, &p.salary_unit})
        require_text(*field, 255);
    require_text(p.description, 20'000, true);
    require_text(p.url, 2048);
    require_date(p.date_posted);
    require_date(p.valid_through);
    if (p.url) {
        if (!p.url->starts_with("http://") && !p.url->starts_with("https://")) std::abort();
        require_key(*p.url);
    }
    if ((p.salary_min && *p.salary_min < 0) || (p.salary_max && *p.salary_max < 0)) std::abort();
    const auto again = parser.parse(html, page_url);
    if (!again || !same(p, *again)) std::abort();
    const auto fields = offertracker::pipeline::fields_of(p);
    if (fields.salary_min && fields.salary_max && *fields.salary_min > *fields.salary_max) std::abort();
    if ((fields.salary_min && *fields.salary_min < 0) || (fields.salary_max && *fields.salary_max < 0)) std::abort();
    return 0;
}
