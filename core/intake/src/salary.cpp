// Salaries in prose. An amount is digits with "," or "." thousands groups ("150,000", "70.000"), an optional
// decimal part and a multiplier ("k", "K", "m", "M", "million"), with a currency beside it: a symbol before it
// ("$", "€", "£", "¥", "₹", "US$", "C$", "A$"), an ISO code before or after it ("USD 120k", "150,000 USD") or a word
// after it ("dollars"). A range joins two amounts with "-" or "to" ("$150k-$190k", "150k-190k", "USD 120k to
// 140k"); a multiplier written only on the upper bound applies to both ("150-190k"). "up to" (or "max") gives the
// maximum only; "from", "starting at", "at least", "min" or a trailing "+" the minimum only; a single amount states
// both: a fixed salary is its own range. An amount without a currency counts only on a line that speaks of pay
// ("salary", "compensation", "pay", "base", "range", "OTE"); one with a currency but no such word must not use the
// "m" multiplier ("raised $20M" is funding). "401k" is a retirement plan, never a salary.
#include "amounts.hpp"
#include "text_scan.hpp"

#include <array>
#include <limits>

namespace offertracker::intake::detail {
namespace {

constexpr std::array<std::string_view, 16> codes{"USD", "EUR", "GBP", "CAD", "AUD", "INR", "JPY", "CHF",
                                                 "SEK", "NOK", "DKK", "PLN", "SGD", "NZD", "CNY", "BRL"};

struct symbol {
    std::string_view text;
    std::string_view code;
};
// Longest first: "US$" before "$".
constexpr std::array<symbol, 11> symbols{{
    {"US$", "USD"}, {"CA$", "CAD"}, {"AU$", "AUD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"S$", "SGD"},
    {"$", "USD"},   {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"},
}};

struct amount {
    long long value = 0;
    bool has_multiplier = false;
    long long multiplier = 1;
    std::size_t begin = 0;  // of the number (or of its currency before it)
    std::size_t end = 0;    // past the number, its multiplier and a currency after it
    std::optional<std::string_view> currency;
    bool plus = false;
};

std::optional<std::string_view> code_word(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string up = [&] {
        std::string s(text.substr(begin, end - begin));
        for (char& c : s)
            if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
        return s;
    }();
    for (auto c : codes)
        if (c == up) return c;
    return std::nullopt;
}

// The currency written right before `at` (skipping one space): a symbol or a code.
std::optional<std::string_view> currency_before(std::string_view text, std::size_t& at) {
    std::size_t i = at;
    if (i > 0 && text[i - 1] == ' ') --i;
    for (const auto& s : symbols)
        if (i >= s.text.size() && text.compare(i - s.text.size(), s.text.size(), s.text) == 0 &&
            (i == s.text.size() || !is_alpha(text[i - s.text.size() - 1]) || s.text.front() == '$' ||
             static_cast<unsigned char>(s.text.front()) >= 0x80)) {
            at = i - s.text.size();
            return s.code;
        }
    if (i >= 3 && (i == 3 || !is_word_byte(text[i - 4]))) {
        if (auto c = code_word(text, i - 3, i); c && i < at) {
            at = i - 3;
            return c;
        }
    }
    return std::nullopt;
}

// The currency written right after `at` (skipping one space): a code, a symbol or a word.
std::optional<std::string_view> currency_after(std::string_view text, std::size_t& at) {
    std::size_t i = at;
    if (i < text.size() && text[i] == ' ') ++i;
    if (i + 3 <= text.size() && (i + 3 == text.size() || !is_word_byte(text[i + 3])))
        if (auto c = code_word(text, i, i + 3)) {
            at = i + 3;
            return c;
        }
    for (const auto& s : symbols)
        if (static_cast<unsigned char>(s.text.front()) >= 0x80 && text.compare(i, s.text.size(), s.text) == 0) {
            at = i + s.text.size();
            return s.code;
        }
    struct word {
        std::string_view text;
        std::string_view code;
    };
    static constexpr std::array<word, 4> words{{{"dollars", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"pounds", "GBP"}}};
    const std::string low = lower(text.substr(i, 8));
    for (const auto& w : words)
        if (starts_with_word(low, w.text)) {
            at = i + w.text.size();
            return w.code;
        }
    return std::nullopt;
}

// The amount whose digits start at i (a digit not preceded by a word byte, "." or ",").
std::optional<amount> amount_at(std::string_view text, std::size_t i) {
    amount a;
    a.begin = i;
    long double value = 0;
    std::size_t j = i;
    std::size_t digits = 0;
    while (j < text.size()) {
        if (is_digit(text[j])) {
            if (++digits > 12) return std::nullopt;
            value = value * 10 + (text[j] - '0');
            ++j;
        } else if ((text[j] == ',' || text[j] == '.') && j + 3 < text.size() && is_digit(text[j + 1]) &&
                   is_digit(text[j + 2]) && is_digit(text[j + 3]) && (j + 4 >= text.size() || !is_digit(text[j + 4]))) {
            ++j;  // a thousands separator
        } else if (text[j] == '.' && j + 1 < text.size() && is_digit(text[j + 1])) {
            // a decimal part ("1.5M", "72.5k")
            long double scale = 0.1L;
            ++j;
            while (j < text.size() && is_digit(text[j])) {
                value += scale * (text[j] - '0');
                scale /= 10;
                ++j;
            }
            break;
        } else {
            break;
        }
    }
    if (digits == 0) return std::nullopt;
    std::size_t k = j;
    if (k < text.size() && text[k] == ' ' && k + 1 < text.size() && (text[k + 1] == 'k' || text[k + 1] == 'K'))
        ++k;  // "150 k"
    if (k < text.size() && (text[k] == 'k' || text[k] == 'K') && (k + 1 >= text.size() || !is_alpha(text[k + 1]))) {
        a.multiplier = 1000;
        j = k + 1;
    } else if (k < text.size() && (text[k] == 'm' || text[k] == 'M') && (k + 1 >= text.size() || !is_alpha(text[k + 1]))) {
        a.multiplier = 1000000;
        j = k + 1;
    } else {
        const std::string low = lower(text.substr(j, 9));
        if (starts_with_word(low, " million")) {
            a.multiplier = 1000000;
            j += 8;
        }
    }
    a.has_multiplier = a.multiplier != 1;
    value *= a.multiplier;
    if (value > 1e12L) return std::nullopt;
    a.value = static_cast<long long>(value + 0.5L);
    a.end = j;
    if (a.end < text.size() && text[a.end] == '+') {
        a.plus = true;
        ++a.end;
    }
    std::size_t before = a.begin;
    a.currency = currency_before(text, before);
    a.begin = before;
    if (!a.currency) a.currency = currency_after(text, a.end);
    else {
        std::size_t after = a.end;  // "$150k USD": the code confirms the symbol
        if (currency_after(text, after)) a.end = after;
    }
    return a;
}

bool pay_line(std::string_view low_line) {
    static constexpr std::array<std::string_view, 12> cues{"salary", "compensation", "pay",  "base", "range", "ote",
                                                           "per year", "annually", "budget", "rate", "comp", "paying"};
    for (auto c : cues)
        if (has_word(low_line, c)) return true;
    return false;
}

// The separator of a range after `at`: "-", "to", "and"; where the second amount may start.
std::optional<std::size_t> range_separator(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '/')) {
        if (text[i] == '/') return std::nullopt;
        ++i;
    } else if (text.compare(i, 2, "to") == 0 && i + 2 < text.size() && text[i + 2] == ' ') {
        i += 2;
    } else if (text.compare(i, 3, "and") == 0 && i + 3 < text.size() && text[i + 3] == ' ') {
        i += 3;
    } else {
        return std::nullopt;
    }
    while (i < text.size() && text[i] == ' ') ++i;
    return i;
}

}  // namespace

salary_range find_salary(std::string_view text) {
    std::optional<salary_range> with_currency;
    std::size_t line_start = 0;
    std::string low_line;
    std::size_t low_line_at = std::string_view::npos;
    bool pay = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') line_start = i + 1;
        // A number starts after a non-alphanumeric ASCII byte (a currency symbol's UTF-8 bytes are fine).
        if (!is_digit(text[i]) ||
            (i > 0 && (is_alpha(text[i - 1]) || is_digit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')))
            continue;
        auto first = amount_at(text, i);
        if (!first) continue;
        // The line, lower-cased and asked whether it speaks of pay once per line that holds a number (a long
        // line of many numbers stays linear).
        if (low_line_at != line_start) {
            std::size_t line_end = text.find('\n', line_start);
            if (line_end == std::string_view::npos) line_end = text.size();
            low_line = lower(text.substr(line_start, line_end - line_start));
            low_line_at = line_start;
            pay = pay_line(low_line);
        }
        const std::string_view number = text.substr(i, first->end - i);
        const bool retirement = number.substr(0, 4) == "401k" || text.compare(i, 6, "401(k)") == 0;
        std::size_t next = first->end;
        std::optional<amount> second;
        if (auto sep = range_separator(text, first->end)) {
            std::size_t s = *sep;
            std::size_t digits_at = s;
            // The second amount may carry its own symbol: "$150k-$190k".
            for (const auto& sym : symbols)
                if (text.compare(s, sym.text.size(), sym.text) == 0) {
                    digits_at = s + sym.text.size();
                    break;
                }
            if (digits_at == s && s + 3 < text.size() && code_word(text, s, s + 3) && text[s + 3] == ' ')
                digits_at = s + 4;
            if (digits_at < text.size() && is_digit(text[digits_at])) second = amount_at(text, digits_at);
        }
        if (second) {
            if (!first->has_multiplier && second->has_multiplier && first->value * second->multiplier <= second->value * 2)
                first->value *= second->multiplier;
            if (!first->currency) first->currency = second->currency;
            next = second->end;
        }
        i = next > i ? next - 1 : i;
        if (retirement && !first->currency) continue;
        const bool millions = first->multiplier >= 1000000 || (second && second->multiplier >= 1000000);
        if (!pay && (!first->currency || millions)) continue;
        if (!first->currency && !first->has_multiplier && first->value < 1000 && !(second && second->has_multiplier))
            continue;  // "3 days a week", "2 rounds": not money
        salary_range r;
        if (first->currency) r.currency = std::string(*first->currency);
        if (second) {
            r.min = std::min(first->value, second->value);
            r.max = std::max(first->value, second->value);
        } else {
            const std::size_t rel = first->begin - line_start;
            const std::string_view head = std::string_view(low_line).substr(0, rel);
            auto ends = [&](std::string_view w) {
                std::string_view h = head;
                while (!h.empty() && h.back() == ' ') h.remove_suffix(1);
                return h.size() >= w.size() && h.substr(h.size() - w.size()) == w &&
                       (h.size() == w.size() || !is_word_byte(h[h.size() - w.size() - 1]));
            };
            if (ends("up to") || ends("upto") || ends("max") || ends("maximum") || ends("max.") || ends("no more than"))
                r.max = first->value;
            else if (first->plus || ends("from") || ends("starting at") || ends("starting from") || ends("at least") ||
                     ends("min") || ends("minimum") || ends("min."))
                r.min = first->value;
            else
                r.min = r.max = first->value;
        }
        if (pay) return r;
        if (!with_currency) with_currency = r;
    }
    return with_currency.value_or(salary_range{});
}

}  // namespace offertracker::intake::detail
