// The tables of an in_memory_recruiting_store and the helpers its repositories share (internal to this adapter).
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/ports/page.hpp>
#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/recruiting/records.hpp>

namespace offertracker::adapters::memory::detail {

using recruiting::record_id;

// One table: rows keyed by id, and the last id handed out (SQL's identity column).
template <class Row>
struct id_table {
    std::map<record_id, Row> rows;
    record_id last_id = 0;

    // Stores row under the next id and returns it.
    record_id insert(Row row) {
        row.id = ++last_id;
        rows.emplace(row.id, std::move(row));
        return last_id;
    }
};

// Every Recruiting table. A plain value, so copying it is the rollback snapshot (counters included).
struct recruiting_state {
    id_table<recruiting::organization> organizations;
    id_table<recruiting::member> members;
    id_table<recruiting::job> jobs;
    id_table<recruiting::candidate> candidates;
    id_table<recruiting::application> applications;
    id_table<recruiting::status_change> status_changes;
    id_table<recruiting::match_log> match_logs;
    id_table<recruiting::webhook_endpoint> webhooks;
    id_table<recruiting::webhook_delivery> deliveries;
    id_table<recruiting::delivery_attempt> attempts;
};

// The row with this id when it belongs to the org (another org's row does not exist), else nullptr.
template <class Row>
const Row* row_in_org(const id_table<Row>& table, record_id org_id, record_id id) {
    auto it = table.rows.find(id);
    if (it == table.rows.end() || it->second.org_id != org_id) return nullptr;
    return &it->second;
}

template <class Row>
Row* row_in_org(id_table<Row>& table, record_id org_id, record_id id) {
    auto it = table.rows.find(id);
    if (it == table.rows.end() || it->second.org_id != org_id) return nullptr;
    return &it->second;
}

// Throws ports::storage_error naming the missing parent, as the SQL stores' foreign keys on (org_id, parent id)
// would: a parent in another org is as missing as one that never existed.
void require_org(const recruiting_state& s, record_id org_id);
void require_job(const recruiting_state& s, record_id org_id, record_id job_id);
void require_candidate(const recruiting_state& s, record_id org_id, record_id candidate_id);
void require_application(const recruiting_state& s, record_id org_id, record_id application_id);
void require_webhook(const recruiting_state& s, record_id org_id, record_id endpoint_id);

// Cascades shared by several removals.
void remove_applications_where(recruiting_state& s, auto pred) {
    std::vector<record_id> gone;
    for (const auto& [id, a] : s.applications.rows)
        if (pred(a)) gone.push_back(id);
    for (record_id id : gone) {
        s.applications.rows.erase(id);
        std::erase_if(s.status_changes.rows, [&](const auto& row) { return row.second.application_id == id; });
    }
}

// The rows of a table that pred accepts, newest (highest id) first.
template <class Row, class Pred>
std::vector<Row> newest_first(const id_table<Row>& table, Pred pred) {
    std::vector<Row> out;
    for (auto it = table.rows.rbegin(); it != table.rows.rend(); ++it)
        if (pred(it->second)) out.push_back(it->second);
    return out;
}

// The rows of a table that pred accepts, oldest (lowest id) first.
template <class Row, class Pred>
std::vector<Row> oldest_first(const id_table<Row>& table, Pred pred) {
    std::vector<Row> out;
    for (const auto& [id, row] : table.rows)
        if (pred(row)) out.push_back(row);
    return out;
}

// The SQL stores fold ASCII letters only (SQLite's lower() does no more), so non-ASCII text matches exactly.
std::string fold_ascii(std::string_view text);

// Whether text contains needle, ASCII letters compared case-insensitively and every other character literally
// (a user's % or _ is no wildcard).
bool contains_folded(std::string_view text, std::string_view needle);

// A list page and the count of every match (SQL's COUNT(*) and OFFSET skip LIMIT limit).
template <class T>
ports::counted<T> counted_page(std::vector<T> rows, ports::page p) {
    ports::counted<T> out;
    out.total = rows.size();
    if (p.skip >= rows.size()) return out;
    auto first = rows.begin() + static_cast<std::ptrdiff_t>(p.skip);
    auto last = first + static_cast<std::ptrdiff_t>(std::min(p.limit, rows.size() - p.skip));
    out.items.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    return out;
}

}  // namespace offertracker::adapters::memory::detail
