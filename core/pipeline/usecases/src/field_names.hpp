// The Pipeline's names for the OfferTracker fields a shared use case reports (docs/pipeline.md §4).
#pragma once

#include <offertracker/domain/error.hpp>

namespace offertracker::pipeline {

// Renames the first path element of every field error: role_title -> job_title, description -> job_description,
// url -> job_url, applied_source -> source, work_mode -> is_remote, display_name -> name.
void rename_fields(domain::error& e);

// The result with its error's fields renamed.
template <class T>
domain::result<T> renamed(domain::result<T> r) {
    if (r) return r;
    domain::error e = std::move(r).error();
    rename_fields(e);
    return e;
}

}  // namespace offertracker::pipeline
