module github.com/seoul-plaza/plaza/shared/search/korean/lexgen

go 1.26

require github.com/ikawaha/kagome-dict-ko v0.2.1

require github.com/ikawaha/kagome-dict v1.0.3
