// SOCI's statement API directly, because the number of bound values varies (filters, IN lists).
#include "query.hpp"

#include <charconv>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::sql {
namespace {

[[noreturn]] void corrupt(std::size_t column, std::string_view what) {
    throw ports::storage_error("unreadable " + std::string{what} + " in result column " + std::to_string(column));
}

}  // namespace

const std::string& text_row::text(std::size_t i) const {
    if (is_null(i)) corrupt(i, "NULL");
    return values_.at(i);
}

std::optional<std::string> text_row::optional_text(std::size_t i) const {
    if (is_null(i)) return std::nullopt;
    return values_.at(i);
}

long long text_row::integer(std::size_t i) const {
    const std::string& s = text(i);
    long long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) corrupt(i, "integer");
    return v;
}

std::optional<long long> text_row::optional_integer(std::size_t i) const {
    if (is_null(i)) return std::nullopt;
    return integer(i);
}

bool text_row::boolean(std::size_t i) const {
    // SQLite stores 0/1; PostgreSQL renders booleans as t/f.
    const std::string& s = text(i);
    if (s == "1" || s == "t" || s == "true") return true;
    if (s == "0" || s == "f" || s == "false") return false;
    corrupt(i, "boolean");
}

domain::date text_row::date(std::size_t i) const {
    auto d = domain::parse_date(text(i));
    if (!d) corrupt(i, "date");
    return *d;
}

std::optional<domain::date> text_row::optional_date(std::size_t i) const {
    if (is_null(i)) return std::nullopt;
    return date(i);
}

domain::timestamp text_row::timestamp(std::size_t i) const {
    auto t = domain::parse_timestamp(text(i));
    if (!t) corrupt(i, "timestamp");
    return *t;
}

query& query::bind(const std::string& name, std::string_view value) {
    texts_.push_back({name, std::string{value}, soci::i_ok});
    return *this;
}

query& query::bind(const std::string& name, const std::optional<std::string>& value) {
    texts_.push_back({name, value.value_or(std::string{}), value ? soci::i_ok : soci::i_null});
    return *this;
}

query& query::bind(const std::string& name, long long value) {
    integers_.push_back({name, value, soci::i_ok});
    return *this;
}

query& query::bind(const std::string& name, const std::optional<long long>& value) {
    integers_.push_back({name, value.value_or(0), value ? soci::i_ok : soci::i_null});
    return *this;
}

query& query::bind(const std::string& name, const std::optional<int>& value) {
    return bind(name, value ? std::optional<long long>{*value} : std::nullopt);
}

query& query::bind(const std::string& name, bool value) { return bind(name, value ? 1LL : 0LL); }

query& query::bind(const std::string& name, domain::date value) { return bind(name, domain::format_date(value)); }

query& query::bind(const std::string& name, const std::optional<domain::date>& value) {
    return bind(name, value ? std::optional<std::string>{domain::format_date(*value)} : std::nullopt);
}

query& query::bind(const std::string& name, domain::timestamp value) {
    return bind(name, domain::format_timestamp(value));
}

void query::exchange_uses(soci::statement& st) {
    for (auto& b : texts_) st.exchange(soci::use(b.value, b.indicator, b.name));
    for (auto& b : integers_) st.exchange(soci::use(b.value, b.indicator, b.name));
}

long long query::run() {
    soci::statement st(session_);
    exchange_uses(st);
    st.alloc();
    st.prepare(text_, soci::details::st_one_time_query);
    st.define_and_bind();
    st.execute(true);
    return st.get_affected_rows();
}

void query::each(std::size_t columns, const std::function<void(const text_row&)>& on_row) {
    text_row row(columns);
    soci::statement st(session_);
    for (std::size_t i = 0; i < columns; ++i) st.exchange(soci::into(row.values()[i], row.indicators()[i]));
    exchange_uses(st);
    st.alloc();
    st.prepare(text_, soci::details::st_one_time_query);
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) on_row(row);
}

std::string placeholders(std::string_view prefix, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) out += ", ";
        out += ':';
        out += prefix;
        out += std::to_string(i);
    }
    return out;
}

}  // namespace offertracker::adapters::sql
