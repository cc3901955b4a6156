// Rounding goes through domain::round_decimals, the rule every other dashboard of the product uses.
#include "figures.hpp"

#include <offertracker/domain/analytics.hpp>

#include <cmath>

namespace offertracker::pipeline::figures {

double percent(long long part, long long whole) {
    if (whole == 0) return 0.0;
    return domain::round_decimals(100.0 * static_cast<double>(part) / static_cast<double>(whole), 1);
}

double change(long long now, long long before) {
    if (before == 0) return now > 0 ? 100.0 : 0.0;
    return domain::round_decimals(100.0 * static_cast<double>(now - before) / static_cast<double>(before), 1);
}

std::string one_decimal(double x) {
    const long long tenths = std::llround(x * 10.0);
    const long long whole = (tenths < 0 ? -tenths : tenths) / 10;
    const long long tenth = (tenths < 0 ? -tenths : tenths) % 10;
    return (tenths < 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string(tenth);
}

std::string count_of(long long n, const std::string& singular, const std::string& plural) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

}  // namespace offertracker::pipeline::figures
