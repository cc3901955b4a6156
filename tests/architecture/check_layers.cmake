# Fails when a layer includes what the dependency rule forbids (DESIGN.md): the core and the ports stay pure,
# the domain does not reach up to ports or use cases, the generic HTTP server knows no domain type, and the
# surface kit knows no use case and no surface.
# Run as: cmake -DROOT=<repo> -P check_layers.cmake
set(rules
  "core|#include *[<\"](boost/|soci/|openssl/|argon2|sqlite3|libpq|toml\\+\\+|poppler|zip\\.h|pugixml|catch2/|offertracker/adapters/|offertracker/http/|offertracker/app)"
  "ports|#include *[<\"](boost/|soci/|openssl/|argon2|sqlite3|libpq|toml\\+\\+|poppler|zip\\.h|pugixml|offertracker/adapters/|offertracker/http/|offertracker/usecases/)"
  "core/domain|#include *[<\"]offertracker/(ports|usecases)/"
  "adapters/http/server|#include *[<\"]offertracker/(domain|ports|usecases)/"
  "adapters/http/kit|#include *[<\"]offertracker/(usecases/|http/offertracker_api)"
)
set(violations "")
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(GET parts 0 dir)
  list(SUBLIST parts 1 -1 pattern_parts)
  list(JOIN pattern_parts "|" pattern)
  file(GLOB_RECURSE files "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp" "${ROOT}/${dir}/*.h")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      string(APPEND violations "  ${f}: ${line}\n")
    endforeach()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "Dependency rule broken:\n${violations}")
endif()
message(STATUS "layers ok")
