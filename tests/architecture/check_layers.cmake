# Fails when a layer includes what the dependency rule forbids (DESIGN.md): the core and the ports stay pure,
# the domain does not reach up to ports or use cases, the generic HTTP server knows no domain type, and the
# surface kit knows no use case and no surface.
# Run as: cmake -DROOT=<repo> -P check_layers.cmake
set(rules
  "core|#include *[<\"](boost/|soci/|openssl/|argon2|sqlite3|libpq|toml\\+\\+|poppler|zip\\.h|pugixml|catch2/|offertracker/adapters/|offertracker/http/|offertracker/app)"
  "ports|#include *[<\"](boost/|soci/|openssl/|argon2|sqlite3|libpq|toml\\+\\+|poppler|zip\\.h|pugixml|offertracker/adapters/|offertracker/http/|offertracker/usecases/)"
  "core/domain|#include *[<\"]offertracker/(ports|usecases)/"
  "adapters/http/server|#include *[<\"]offertracker/(domain|ports|usecases)/"
  "adapters/net/include|#include *[<\"](boost/|openssl/)"
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
# core/skills is std only: it includes the standard library (<name>), its own headers and its private headers,
# nothing else (not even the rest of the core), so extraction, matching and any surface can take it alone.
file(GLOB_RECURSE skills_files "${ROOT}/core/skills/*.hpp" "${ROOT}/core/skills/*.cpp" "${ROOT}/core/skills/*.h"
     "${ROOT}/core/skills/*.inc")
foreach(f IN LISTS skills_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include *<[a-z_]+>" AND NOT line MATCHES "#[ \t]*include *[<\"]offertracker/skills/"
       AND NOT line MATCHES "#[ \t]*include *\"[a-z_]+\\.(hpp|inc)\"")
      string(APPEND violations "  ${f}: ${line} (core/skills is std only)\n")
    endif()
  endforeach()
endforeach()
# core/matching is std only plus the skills vocabulary: the standard library, its own headers and
# offertracker/skills/, nothing else (no domain, no ports), so any repository or none can feed it plain structs.
file(GLOB_RECURSE matching_files "${ROOT}/core/matching/*.hpp" "${ROOT}/core/matching/*.cpp" "${ROOT}/core/matching/*.h")
foreach(f IN LISTS matching_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include *<[a-z_]+>" AND NOT line MATCHES "#[ \t]*include *[<\"]offertracker/(matching|skills)/"
       AND NOT line MATCHES "#[ \t]*include *\"[a-z_]+\\.hpp\"")
      string(APPEND violations "  ${f}: ${line} (core/matching is std only plus offertracker/skills)\n")
    endif()
  endforeach()
endforeach()
# core/intake is std only plus the skills vocabulary: the standard library, its own headers, offertracker/skills/
# and its private headers in src/, nothing else (no domain, no ports), so the parsers stay pure and any caller can
# take them alone.
file(GLOB_RECURSE intake_files "${ROOT}/core/intake/*.hpp" "${ROOT}/core/intake/*.cpp" "${ROOT}/core/intake/*.h")
foreach(f IN LISTS intake_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include *<[a-z_]+>" AND NOT line MATCHES "#[ \t]*include *[<\"]offertracker/(intake|skills)/"
       AND NOT line MATCHES "#[ \t]*include *\"[a-z_]+\\.hpp\"")
      string(APPEND violations "  ${f}: ${line} (core/intake is std only plus offertracker/skills)\n")
    endif()
  endforeach()
endforeach()
# core/pipeline/rules is std only plus the domain, the skills vocabulary and the intake parsers: the standard library,
# its own headers (offertracker/pipeline/ and its private ones in src/), offertracker/(domain|text|skills|intake)/,
# nothing else (no ports, no use cases), so the Pipeline rules stay pure functions over domain structs.
file(GLOB_RECURSE pipeline_rules_files "${ROOT}/core/pipeline/rules/*.hpp" "${ROOT}/core/pipeline/rules/*.cpp"
     "${ROOT}/core/pipeline/rules/*.h")
foreach(f IN LISTS pipeline_rules_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include *<[a-z_]+>"
       AND NOT line MATCHES "#[ \t]*include *[<\"]offertracker/(pipeline|domain|text|skills|intake|matching)/"
       AND NOT line MATCHES "#[ \t]*include *\"[a-z_]+\\.hpp\"")
      string(APPEND violations "  ${f}: ${line} (core/pipeline/rules is std only plus domain, skills, intake and matching)\n")
    endif()
  endforeach()
endforeach()
# core/pipeline/postings is std plus the domain, the posting port's record and the UTF-8 facts: the standard library,
# its own headers, offertracker/(pipeline|domain|text)/ and offertracker/ports/posting_parser.hpp, nothing else.
file(GLOB_RECURSE postings_files "${ROOT}/core/pipeline/postings/*.hpp" "${ROOT}/core/pipeline/postings/*.cpp"
     "${ROOT}/core/pipeline/postings/*.h")
foreach(f IN LISTS postings_files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include *<[a-z_]+>" AND NOT line MATCHES "#[ \t]*include *[<\"]offertracker/(pipeline|domain|text)/"
       AND NOT line MATCHES "#[ \t]*include *<offertracker/ports/posting_parser\\.hpp>")
      string(APPEND violations "  ${f}: ${line} (core/pipeline/postings is std, the domain and the posting port only)\n")
    endif()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "Dependency rule broken:\n${violations}")
endif()
message(STATUS "layers ok")
