// Places: a small table of abbreviations and common cities, US state and Canadian province codes and country names,
// read by one pass over the words of a text.
#include "text_scan.hpp"

#include <algorithm>
#include <array>

namespace offertracker::intake::detail {
namespace {

struct place {
    std::string_view written;     // as it stands in text, exact case
    std::string_view normalised;  // what the field holds
};

// Abbreviations and nicknames, exact case.
constexpr std::array<place, 12> abbreviations{{
    {"NYC", "New York, NY"},
    {"NY", "New York, NY"},
    {"SF", "San Francisco, CA"},
    {"SFO", "San Francisco, CA"},
    {"LA", "Los Angeles, CA"},
    {"DC", "Washington, DC"},
    {"ATX", "Austin, TX"},
    {"Philly", "Philadelphia, PA"},
    {"Bay Area", "San Francisco Bay Area, CA"},
    {"SLC", "Salt Lake City, UT"},
    {"Silicon Valley", "San Francisco Bay Area, CA"},
    {"Big Apple", "New York, NY"},
}};

// Cities named alone ("in Seattle"), longest names first where one starts another.
constexpr std::array<place, 56> cities{{
    {"New York City", "New York, NY"}, {"New York", "New York, NY"},     {"San Francisco", "San Francisco, CA"},
    {"Los Angeles", "Los Angeles, CA"}, {"San Diego", "San Diego, CA"}, {"San Jose", "San Jose, CA"},
    {"Palo Alto", "Palo Alto, CA"},    {"Mountain View", "Mountain View, CA"}, {"Seattle", "Seattle, WA"},
    {"Austin", "Austin, TX"},          {"Boston", "Boston, MA"},         {"Chicago", "Chicago, IL"},
    {"Denver", "Denver, CO"},          {"Atlanta", "Atlanta, GA"},       {"Miami", "Miami, FL"},
    {"Dallas", "Dallas, TX"},          {"Houston", "Houston, TX"},       {"Portland", "Portland, OR"},
    {"Pittsburgh", "Pittsburgh, PA"},  {"Philadelphia", "Philadelphia, PA"}, {"Washington DC", "Washington, DC"},
    {"Raleigh", "Raleigh, NC"},        {"Salt Lake City", "Salt Lake City, UT"}, {"Minneapolis", "Minneapolis, MN"},
    {"Detroit", "Detroit, MI"},        {"Phoenix", "Phoenix, AZ"},       {"Toronto", "Toronto, ON"},
    {"Vancouver", "Vancouver, BC"},    {"Montreal", "Montreal, QC"},     {"London", "London, UK"},
    {"Manchester", "Manchester, UK"},  {"Edinburgh", "Edinburgh, UK"},   {"Dublin", "Dublin, Ireland"},
    {"Berlin", "Berlin, Germany"},     {"Munich", "Munich, Germany"},    {"Hamburg", "Hamburg, Germany"},
    {"Paris", "Paris, France"},        {"Amsterdam", "Amsterdam, Netherlands"}, {"Madrid", "Madrid, Spain"},
    {"Barcelona", "Barcelona, Spain"}, {"Lisbon", "Lisbon, Portugal"},   {"Warsaw", "Warsaw, Poland"},
    {"Stockholm", "Stockholm, Sweden"}, {"Copenhagen", "Copenhagen, Denmark"}, {"Zurich", "Zurich, Switzerland"},
    {"Vienna", "Vienna, Austria"},     {"Prague", "Prague, Czech Republic"}, {"Tel Aviv", "Tel Aviv, Israel"},
    {"Bangalore", "Bangalore, India"}, {"Bengaluru", "Bengaluru, India"}, {"Hyderabad", "Hyderabad, India"},
    {"Singapore", "Singapore"},        {"Sydney", "Sydney, Australia"},  {"Melbourne", "Melbourne, Australia"},
    {"Tokyo", "Tokyo, Japan"},         {"Sao Paulo", "Sao Paulo, Brazil"},
}};

constexpr std::array<std::string_view, 64> region_codes{
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "NS", "SK", "NB", "NL", "PE", "UK", "US", "YT",
};

constexpr std::array<std::string_view, 40> countries{
    "United States", "United Kingdom", "New Zealand", "South Africa", "Czech Republic", "USA", "Germany",
    "France", "Canada", "India", "Netherlands", "Spain", "Ireland", "Poland", "Portugal", "Sweden",
    "Switzerland", "Australia", "Israel", "Japan", "Brazil", "Mexico", "Italy", "Austria", "Denmark",
    "Norway", "Finland", "Singapore", "Belgium", "Argentina", "Colombia", "Romania", "Ukraine", "Greece",
    "Turkey", "Nigeria", "Kenya", "Egypt", "China", "England",
};

bool capitalised(std::string_view w) { return !w.empty() && is_upper(w.front()); }

// Words k..k+n-1 joined when they stand separated by single spaces in the text.
std::optional<std::string_view> phrase(const std::vector<std::string_view>& words, std::size_t k, std::size_t n) {
    if (k + n > words.size()) return std::nullopt;
    const char* begin = words[k].data();
    const char* end = words[k + n - 1].data() + words[k + n - 1].size();
    for (std::size_t i = k + 1; i < k + n; ++i)
        if (words[i].data() != words[i - 1].data() + words[i - 1].size() + 1 || words[i].data()[-1] != ' ')
            return std::nullopt;
    return std::string_view(begin, static_cast<std::size_t>(end - begin));
}

struct match {
    std::string value;
    const char* end;  // just past the matched text
};

// ", ST" or ", Country" right after `after`: the region text and where it ends.
std::optional<std::string_view> region_after(std::string_view text, const char* after,
                                             const std::vector<std::string_view>& words, std::size_t next) {
    const std::size_t at = static_cast<std::size_t>(after - text.data());
    if (at + 2 > text.size() || text[at] != ',' || text[at + 1] != ' ' || next >= words.size()) return std::nullopt;
    if (words[next].data() != text.data() + at + 2) return std::nullopt;
    for (std::size_t n = 2; n >= 1; --n) {
        const auto p = phrase(words, next, n);
        if (p && std::find(countries.begin(), countries.end(), *p) != countries.end()) return p;
    }
    if (std::find(region_codes.begin(), region_codes.end(), words[next]) != region_codes.end()) return words[next];
    return std::nullopt;
}

std::optional<match> match_at(std::string_view text, const std::vector<std::string_view>& words, std::size_t k) {
    if (!capitalised(words[k])) return std::nullopt;
    // "City, ST" / "City, Country", the city one to three capitalised words.
    for (std::size_t n = 3; n >= 1; --n) {
        const auto city = phrase(words, k, n);
        if (!city) continue;
        bool all_capitalised = true;
        for (std::size_t i = k; i < k + n; ++i) all_capitalised = all_capitalised && capitalised(words[i]);
        if (!all_capitalised) continue;
        if (const auto region = region_after(text, city->data() + city->size(), words, k + n)) {
            std::string value(*city);
            value += ", ";
            value += *region;
            return match{value, region->data() + region->size()};
        }
    }
    for (std::size_t n = 3; n >= 1; --n) {
        const auto p = phrase(words, k, n);
        if (!p) continue;
        for (const auto& c : cities)
            if (c.written == *p) return match{std::string(c.normalised), p->data() + p->size()};
        for (const auto& a : abbreviations)
            if (a.written == *p) return match{std::string(a.normalised), p->data() + p->size()};
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> find_location(std::string_view text) {
    const auto words = words_of(text);
    for (std::size_t k = 0; k < words.size(); ++k)
        if (auto m = match_at(text, words, k)) return std::move(m->value);
    return std::nullopt;
}

std::optional<std::string> location_of(std::string_view value) {
    value = trim_field(value);
    if (value.empty()) return std::nullopt;
    if (auto found = find_location(value)) return found;
    const auto words = words_of(value);
    if (words.empty() || words.size() > 5 || std::any_of(value.begin(), value.end(), is_digit)) return std::nullopt;
    return std::string(value);
}

bool is_place(std::string_view text) {
    text = trim_field(text);
    if (text.empty()) return false;
    if (std::find(region_codes.begin(), region_codes.end(), text) != region_codes.end() ||
        std::find(countries.begin(), countries.end(), text) != countries.end())
        return true;
    const auto words = words_of(text);
    if (words.empty() || words.front().data() != text.data()) return false;
    const auto m = match_at(text, words, 0);
    return m && m->end == text.data() + text.size();
}

}  // namespace offertracker::intake::detail
