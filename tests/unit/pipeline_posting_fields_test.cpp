// fields_of: employment types to job_type, remote to work_mode, salaries annualised from their unit, the currency.
#include <offertracker/pipeline/posting_fields.hpp>

#include <catch2/catch.hpp>

#include <limits>

namespace {

using offertracker::domain::job_type;
using offertracker::domain::work_mode;
using offertracker::pipeline::fields_of;
using offertracker::ports::job_posting;

std::optional<job_type> type_of(const char* employment_type) {
    job_posting posting;
    posting.employment_type = employment_type;
    return fields_of(posting).job_type;
}

job_posting salary(std::optional<long long> min, std::optional<long long> max, std::optional<std::string> unit) {
    job_posting posting;
    posting.salary_min = min;
    posting.salary_max = max;
    posting.salary_unit = std::move(unit);
    return posting;
}

}  // namespace

TEST_CASE("schema.org employment types and their plain spellings map to a job type", "[pipeline][fields]") {
    CHECK(type_of("FULL_TIME") == job_type::full_time);
    CHECK(type_of("full_time") == job_type::full_time);
    CHECK(type_of("Full-time") == job_type::full_time);
    CHECK(type_of("Full Time") == job_type::full_time);
    CHECK(type_of("PART_TIME") == job_type::part_time);
    CHECK(type_of("Part-time") == job_type::part_time);
    CHECK(type_of("CONTRACTOR") == job_type::contract);
    CHECK(type_of("Contract") == job_type::contract);
    CHECK(type_of("TEMPORARY") == job_type::contract);
    CHECK(type_of("INTERN") == job_type::internship);
    CHECK(type_of("Internship") == job_type::internship);
    CHECK(type_of("freelance") == job_type::freelance);
    for (const char* none : {"PER_DIEM", "OTHER", "VOLUNTEER", "", "FULL_TIME_ISH", "Vollzeit"})
        CHECK_FALSE(type_of(none));
    CHECK_FALSE(fields_of(job_posting{}).job_type);
}

TEST_CASE("a remote posting is Remote; otherwise the work mode is unknown", "[pipeline][fields]") {
    job_posting posting;
    CHECK_FALSE(fields_of(posting).work_mode);
    posting.remote = true;
    CHECK(fields_of(posting).work_mode == work_mode::remote);
}

TEST_CASE("salaries are annualised from their unit", "[pipeline][fields]") {
    const auto check = [](const char* unit, long long factor) {
        const auto f = fields_of(salary(10, 20, std::string(unit)));
        CHECK(f.salary_min == 10 * factor);
        CHECK(f.salary_max == 20 * factor);
    };
    check("YEAR", 1);
    check("MONTH", 12);
    check("month", 12);
    check("WEEK", 52);
    check("DAY", 260);
    check("HOUR", 2080);
    const auto yearly = fields_of(salary(85000, 105000, std::nullopt));  // no unit: yearly
    CHECK(yearly.salary_min == 85000);
    CHECK(yearly.salary_max == 105000);
    const auto one_end = fields_of(salary(std::nullopt, 5000, "MONTH"));
    CHECK_FALSE(one_end.salary_min);
    CHECK(one_end.salary_max == 60000);
}

TEST_CASE("salaries that cannot be annualised are left out, and a range comes out ordered", "[pipeline][fields]") {
    const auto unknown = fields_of(salary(100, 200, "PROJECT"));
    CHECK_FALSE(unknown.salary_min);
    CHECK_FALSE(unknown.salary_max);
    const auto negative = fields_of(salary(-1, 200, "YEAR"));
    CHECK_FALSE(negative.salary_min);
    CHECK(negative.salary_max == 200);
    const auto huge = fields_of(salary(std::numeric_limits<long long>::max() / 100, 1, "HOUR"));
    CHECK_FALSE(huge.salary_min);
    CHECK(huge.salary_max == 2080);
    const auto reversed = fields_of(salary(90, 40, "YEAR"));
    CHECK(reversed.salary_min == 40);
    CHECK(reversed.salary_max == 90);
}

TEST_CASE("the currency is a three-letter code", "[pipeline][fields]") {
    job_posting posting;
    CHECK_FALSE(fields_of(posting).salary_currency);
    posting.salary_currency = "EUR";
    CHECK(fields_of(posting).salary_currency == "EUR");
    posting.salary_currency = "usd";
    CHECK(fields_of(posting).salary_currency == "USD");
    for (const char* bad : {"", "EU", "EURO", "\xE2\x82\xAC", "E1R", "$"}) {
        posting.salary_currency = bad;
        CHECK_FALSE(fields_of(posting).salary_currency);
    }
}
