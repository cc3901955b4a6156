// Years of experience in prose: a number (digits or a word up to twenty) before "years"/"yrs", qualified so a
// company's age ("founded 10 years ago") does not count.
#include "amounts.hpp"
#include "text_scan.hpp"

#include <array>

namespace offertracker::intake::detail {
namespace {

constexpr std::array<std::string_view, 21> number_words{
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
};

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The number that ends at `end` in low (after trailing spaces and a "+"), with what stands before it.
struct count {
    int value = -1;
    bool plus = false;
    std::string_view before;  // the text before the number (at most 30 bytes)
};

count count_before(std::string_view low, std::size_t end) {
    count c;
    std::size_t i = end;
    while (i > 0 && low[i - 1] == ' ') --i;
    if (ends_with(low.substr(0, i), " or more")) {  // "7 or more years"
        c.plus = true;
        i -= 8;
        while (i > 0 && low[i - 1] == ' ') --i;
    } else if (i > 0 && low[i - 1] == '+') {
        c.plus = true;
        --i;
        while (i > 0 && low[i - 1] == ' ') --i;
    }
    std::size_t digits_end = i;
    while (i > 0 && is_digit(low[i - 1]) && digits_end - i < 3) --i;
    if (i < digits_end && (i == 0 || !is_word_byte(low[i - 1]) || low[i - 1] == '-')) {
        int v = 0;
        for (std::size_t k = i; k < digits_end; ++k) v = v * 10 + (low[k] - '0');
        // "3-5 years" and "3 to 5 years": the lower bound.
        std::size_t j = i;
        while (j > 0 && low[j - 1] == ' ') --j;
        std::string_view head = low.substr(0, j);
        std::size_t lower_end = std::string_view::npos;
        if (ends_with(head, "-")) lower_end = j - 1;
        else if (ends_with(head, " to")) lower_end = j - 3;
        if (lower_end != std::string_view::npos) {
            std::size_t k = lower_end;
            while (k > 0 && low[k - 1] == ' ') --k;
            std::size_t e = k;
            while (k > 0 && is_digit(low[k - 1]) && e - k < 3) --k;
            if (k < e && (k == 0 || !is_word_byte(low[k - 1]))) {
                v = 0;
                for (std::size_t m = k; m < e; ++m) v = v * 10 + (low[m] - '0');
                i = k;
            }
        }
        c.value = v;
    } else {
        std::size_t w = digits_end;
        while (w > 0 && is_alpha(low[w - 1])) --w;
        const std::string_view word = low.substr(w, digits_end - w);
        for (std::size_t n = 0; n < number_words.size(); ++n)
            if (word == number_words[n] && !word.empty()) c.value = static_cast<int>(n);
        i = w;
        if (c.value < 0) return c;
    }
    const std::size_t from = i > 30 ? i - 30 : 0;
    c.before = low.substr(from, i - from);
    return c;
}

}  // namespace

std::optional<int> find_years(std::string_view text, bool strict) {
    const std::string low = lower(text);
    std::size_t at = 0;
    while ((at = low.find("y", at)) != std::string::npos) {
        const std::size_t here = at++;
        std::size_t after = 0;
        if (low.compare(here, 5, "years") == 0) after = here + 5;
        else if (low.compare(here, 4, "year") == 0) after = here + 4;
        else if (low.compare(here, 3, "yrs") == 0) after = here + 3;
        else if (low.compare(here, 2, "yr") == 0) after = here + 2;
        else continue;
        if (here > 0 && is_alpha(low[here - 1])) continue;
        if (after < low.size() && is_alpha(low[after])) continue;
        // "5 years'" / "5-year": the number just before.
        std::size_t end = here;
        if (end > 0 && low[end - 1] == '-') --end;
        const count c = count_before(low, end);
        if (c.value < 1 || c.value > 50) continue;
        const std::string_view rest = std::string_view(low).substr(after, 45);
        const bool experience = rest.find("experience") != std::string_view::npos ||
                                rest.find("professional") != std::string_view::npos ||
                                rest.find("industry") != std::string_view::npos ||
                                rest.find("in software") != std::string_view::npos ||
                                rest.find("in the industry") != std::string_view::npos ||
                                rest.find("building") != std::string_view::npos;
        const bool qualified = c.plus || c.before.find("at least") != std::string_view::npos ||
                               c.before.find("minimum") != std::string_view::npos ||
                               c.before.find("over") != std::string_view::npos ||
                               c.before.find("more than") != std::string_view::npos ||
                               c.before.find("min.") != std::string_view::npos ||
                               rest.substr(0, 12).find("or more") != std::string_view::npos;
        if (rest.substr(0, 5).find(" ago") != std::string_view::npos || rest.substr(0, 5).find(" old") != std::string_view::npos)
            continue;
        if (experience || (!strict && qualified))
            return c.value;
    }
    return std::nullopt;
}

}  // namespace offertracker::intake::detail
