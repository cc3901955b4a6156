// schema.org values come in several shapes (a string, an object with a name, an array of either, numbers as
// strings in microdata); the small readers at the top accept them all so the field mapping below reads plainly.
#include "json_ld.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>

#include "html_text.hpp"
#include "posting_text.hpp"

namespace offertracker::extract::posting {
namespace json = boost::json;
namespace {

constexpr int max_search_depth = 4;
constexpr double max_salary = 1e15;

bool is_job_posting_type(std::string_view type) {
    return type == "JobPosting" || type.ends_with("/JobPosting") || type.ends_with(":JobPosting");
}

bool is_job_posting(const json::object& object) {
    const json::value* type = object.if_contains("@type");
    if (!type) return false;
    if (type->is_string()) return is_job_posting_type(type->get_string());
    if (type->is_array())
        for (const json::value& t : type->get_array())
            if (t.is_string() && is_job_posting_type(t.get_string())) return true;
    return false;
}

const json::object* find_in(const json::value& value, int depth) {
    if (depth > max_search_depth) return nullptr;
    if (const json::array* array = value.if_array()) {
        for (const json::value& element : *array)
            if (const auto* found = find_in(element, depth + 1)) return found;
        return nullptr;
    }
    const json::object* object = value.if_object();
    if (!object) return nullptr;
    if (is_job_posting(*object)) return object;
    for (const char* key : {"@graph", "mainEntity"})
        if (const json::value* inner = object->if_contains(key))
            if (const auto* found = find_in(*inner, depth + 1)) return found;
    return nullptr;
}

// The value itself, or the first element when it is an array.
const json::value* first_of(const json::value* value) {
    if (value && value->is_array()) return value->get_array().empty() ? nullptr : &value->get_array().front();
    return value;
}

std::optional<std::string_view> string_at(const json::object& object, std::string_view key) {
    const json::value* value = first_of(object.if_contains(key));
    if (!value || !value->is_string()) return std::nullopt;
    return std::string_view(value->get_string());
}

// A name: a string, or an object's "name" (an Organization, a Country).
std::optional<std::string_view> name_of(const json::value* value) {
    value = first_of(value);
    if (!value) return std::nullopt;
    if (value->is_string()) return std::string_view(value->get_string());
    if (value->is_object()) return string_at(value->get_object(), "name");
    return std::nullopt;
}

std::optional<std::string> line_of(std::optional<std::string_view> text) {
    return text ? clean_line(*text) : std::nullopt;
}

// A whole amount: a JSON number or a numeric string ("85000", "85,000.00"), rounded, never negative or absurd.
std::optional<long long> amount_of(const json::value* value) {
    if (!value) return std::nullopt;
    double amount = 0;
    if (value->is_int64()) amount = static_cast<double>(value->get_int64());
    else if (value->is_uint64()) amount = static_cast<double>(value->get_uint64());
    else if (value->is_double()) amount = value->get_double();
    else if (value->is_string()) {
        std::string digits;
        for (const char c : value->get_string())
            if (c != ',' && c != ' ' && c != '_') digits += c;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), amount);
        if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(amount) || amount < 0 || amount > max_salary) return std::nullopt;
    return std::llround(amount);
}

std::optional<std::string> location_of(const json::object& posting) {
    const json::value* places = posting.if_contains("jobLocation");
    const json::value* place = first_of(places);
    if (!place || !place->is_object()) return line_of(name_of(place));
    const json::value* address = first_of(place->get_object().if_contains("address"));
    if (!address || !address->is_object()) return line_of(address ? name_of(address) : name_of(place));
    std::vector<std::string> parts;
    for (const char* key : {"addressLocality", "addressRegion", "addressCountry"}) {
        const auto part = line_of(name_of(address->get_object().if_contains(key)));
        if (part && std::find(parts.begin(), parts.end(), *part) == parts.end()) parts.push_back(*part);
    }
    std::string joined;
    for (const auto& part : parts) joined.append(joined.empty() ? "" : ", ").append(part);
    return clean_line(joined);
}

bool is_remote(const json::object& posting) {
    if (const json::value* type = posting.if_contains("jobLocationType")) {
        const auto says_telecommute = [](const json::value& v) {
            if (!v.is_string()) return false;
            std::string word(v.get_string());
            for (char& c : word)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            return word.find("TELECOMMUTE") != std::string::npos;
        };
        if (says_telecommute(*type)) return true;
        if (type->is_array())
            for (const json::value& t : type->get_array())
                if (says_telecommute(t)) return true;
    }
    return posting.contains("applicantLocationRequirements") && !posting.contains("jobLocation");
}

void read_salary(const json::object& posting, ports::job_posting& out) {
    const json::value* salary = first_of(posting.if_contains("baseSalary"));
    if (!salary) return;
    if (!salary->is_object()) {  // a bare number
        out.salary_min = out.salary_max = amount_of(salary);
        return;
    }
    const json::object& amount = salary->get_object();
    const json::value* value = first_of(amount.if_contains("value"));
    if (value && value->is_object()) {
        const json::object& range = value->get_object();
        out.salary_min = amount_of(range.if_contains("minValue"));
        out.salary_max = amount_of(range.if_contains("maxValue"));
        if (const auto single = amount_of(range.if_contains("value")); single && !out.salary_min && !out.salary_max)
            out.salary_min = out.salary_max = single;
        out.salary_unit = line_of(string_at(range, "unitText"));
    } else {
        out.salary_min = out.salary_max = amount_of(value);
    }
    if (!out.salary_unit) out.salary_unit = line_of(string_at(amount, "unitText"));
    out.salary_currency = line_of(string_at(amount, "currency"));
    if (!out.salary_currency && value && value->is_object())
        out.salary_currency = line_of(string_at(value->get_object(), "currency"));
    if (!out.salary_currency) out.salary_currency = line_of(string_at(posting, "salaryCurrency"));
}

// Raw control characters (newlines inside strings, which many pages write) become spaces: JSON forbids them in
// strings and treats them as whitespace elsewhere, so nothing valid changes meaning.
std::string tolerant(std::string_view block) {
    std::string out(block);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return out;
}

}  // namespace

std::optional<json::object> find_job_posting(std::string_view block) {
    json::parse_options options;
    options.allow_comments = true;
    options.allow_trailing_commas = true;
    options.max_depth = 64;
    json::error_code error;
    const json::value value = json::parse(tolerant(block), error, {}, options);
    if (error) return std::nullopt;
    if (const json::object* found = find_in(value, 0)) return *found;
    return std::nullopt;
}

ports::job_posting read_job_posting(const json::object& posting, std::string_view page_url, bool description_is_html) {
    ports::job_posting out;
    out.title = line_of(string_at(posting, "title"));
    if (!out.title) out.title = line_of(string_at(posting, "name"));
    out.company = line_of(name_of(posting.if_contains("hiringOrganization")));
    if (const auto description = string_at(posting, "description"))
        out.description = description_is_html ? html_to_text(*description) : clean_lines(*description);
    out.location = location_of(posting);
    out.employment_type = line_of(string_at(posting, "employmentType"));
    out.remote = is_remote(posting);
    read_salary(posting, out);
    if (const auto date = string_at(posting, "datePosted")) out.date_posted = date_part(*date);
    if (const auto date = string_at(posting, "validThrough")) out.valid_through = date_part(*date);
    if (const auto url = string_at(posting, "url")) out.url = resolve_url(*url, page_url);
    return out;
}

}  // namespace offertracker::extract::posting
