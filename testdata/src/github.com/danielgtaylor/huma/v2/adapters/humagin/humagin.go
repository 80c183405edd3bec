// Package humagin is a stub of huma v2's gin adapter.
package humagin

import (
	"github.com/danielgtaylor/huma/v2"
	"github.com/gin-gonic/gin"
)

// New makes an API whose operations are routes of r.
func New(r *gin.Engine, config huma.Config) huma.API { return nil }

// NewWithGroup makes an API whose operations are routes of g.
func NewWithGroup(r *gin.Engine, g *gin.RouterGroup, config huma.Config) huma.API { return nil }
