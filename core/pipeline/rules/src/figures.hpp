// The number rules the Pipeline figures share: percentages and changes to one decimal, and their English text.
#pragma once

#include <string>

namespace offertracker::pipeline::figures {

// 100 * part / whole to one decimal; 0 when whole is 0.
double percent(long long part, long long whole);
// Percent change from `before` to `now` to one decimal: 0 when both are 0, 100 when only `now` is above 0.
double change(long long now, long long before);
// x to one decimal as text ("12.5", "-3.0"), locale-free.
std::string one_decimal(double x);
// "1 application", "3 applications".
std::string count_of(long long n, const std::string& singular, const std::string& plural);

}  // namespace offertracker::pipeline::figures
