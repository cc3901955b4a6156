# Helpers of the scripts that compile text files into the binary (schema/embed_migrations.cmake,
# adapters/http/web/embed_files.cmake), included by them under cmake -P.

# Sets out_var to the file's text as a C++ raw string literal R"delimiter(...)delimiter"; fails when the text holds
# the delimiter's closing sequence.
function(raw_string_literal file delimiter out_var)
  file(READ ${file} text)
  string(FIND "${text}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter ${delimiter}")
  endif()
  set(${out_var} "R\"${delimiter}(${text})${delimiter}\"" PARENT_SCOPE)
endfunction()

# Writes content to output only when it differs, so unrelated rebuilds do not recompile the generated source.
function(write_if_changed output content)
  if(EXISTS ${output})
    file(READ ${output} previous)
    if(previous STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE ${output} "${content}")
endfunction()
